package org.sourcebrief.yaml;

import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.ObjectCodec;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import org.sourcebrief.yaml.YamlNode.Kind;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.ComposerException;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ImplicitTuple;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Jackson's YAML parser, opened up at the three places where its tokens say less than a strict
 * reader needs:
 *
 * <ul>
 *   <li>Whether a scalar was quoted, and its anchor ({@code &name}): Jackson keeps both on the
 *       event it is positioned on, which {@link #event()} hands out.
 *   <li>Scalars are never re-typed: `0755`, `yes` and `1_000` stay text, and only an empty value,
 *       `~` or `null` written plainly becomes a null token.
 *   <li>A key that is a list, a mapping or an alias ({@code ? [a, b]}, {@code *name : x}) has no
 *       Jackson token (a field name is always text), so such a key is read from the events
 *       underneath by {@link KeyReader} and handed on as a field name with no text.
 * </ul>
 *
 * It also remembers where the last event began, for the limits' positions, and refuses a second
 * document in the stream.
 */
final class EventParser extends YAMLParser {
  /** Resolves implicit tags only to tell `null` from text; shared, as it holds no state. */
  private static final Resolver RESOLVER = new Resolver();

  private static final Factory FACTORY = new Factory();

  /** Reads a key that is not a scalar, starting from its first event. */
  interface KeyReader {
    YamlNode read(Event first);
  }

  private Mark last;
  private Mark firstRoot;
  private int documents;
  private KeyReader keys;
  private YamlNode key;

  private EventParser(
      IOContext context,
      int parserFeatures,
      int formatFeatures,
      LoaderOptions options,
      ObjectCodec codec,
      Reader reader) {
    super(context, parserFeatures, formatFeatures, options, codec, reader);
  }

  static EventParser open(String text) throws IOException {
    return (EventParser) FACTORY.createParser(new StringReader(text));
  }

  void readKeysWith(KeyReader keys) {
    this.keys = keys;
  }

  /** The event the current token came from. */
  Event event() {
    return _lastEvent;
  }

  /** Where the last event read began, or null before the first. */
  Mark last() {
    return last;
  }

  /** The key just read from events for the current field name, or null for a scalar key. */
  YamlNode takeKey() {
    YamlNode k = key;
    key = null;
    return k;
  }

  @Override
  protected Event getEvent() throws IOException {
    Event e = next();
    boolean keyPlace = _parsingContext.inObject() && _currToken != JsonToken.FIELD_NAME;
    if (keyPlace && keys != null && !e.is(Event.ID.Scalar) && !e.is(Event.ID.MappingEnd)) {
      key = keys.read(e);
      return new ScalarEvent(
          null,
          null,
          new ImplicitTuple(true, false),
          "",
          e.getStartMark(),
          e.getStartMark(),
          DumperOptions.ScalarStyle.PLAIN);
    }
    return e;
  }

  /** The next event of the YAML text, straight from the parser underneath Jackson's. */
  Event next() {
    Event e = _yamlParser.getEvent();
    if (e == null) return null;
    last = e.getStartMark();
    if (e.is(Event.ID.DocumentStart) && ++documents > 1) {
      throw new SingleDocument(firstRoot, last);
    }
    if (firstRoot == null && e instanceof NodeEvent) firstRoot = last;
    return e;
  }

  /** Scalars keep their text; only a plain empty value, `~` or `null` is a null token. */
  @Override
  protected JsonToken _decodeScalar(ScalarEvent scalar) {
    _textValue = scalar.getValue();
    _cleanedTextValue = null;
    return isNull(scalar) ? JsonToken.VALUE_NULL : JsonToken.VALUE_STRING;
  }

  static boolean isNull(ScalarEvent s) {
    String tag = s.getTag();
    Tag resolved =
        tag == null || tag.equals("!")
            ? RESOLVER.resolve(
                NodeId.scalar, s.getValue(), s.getImplicit().canOmitTagInPlainScalar())
            : new Tag(tag);
    return s.isPlain() && resolved.equals(Tag.NULL);
  }

  static Kind kind(Event e) {
    return e.is(Event.ID.MappingStart)
        ? Kind.MAPPING
        : e.is(Event.ID.SequenceStart) ? Kind.SEQUENCE : Kind.SCALAR;
  }

  /** A YAML text holds one document; the second is reported where it begins. */
  static final class SingleDocument extends ComposerException {
    SingleDocument(Mark first, Mark second) {
      super(
          "expected a single document in the stream", first, "but found another document", second);
    }
  }

  /** A mistake found while building the tree: an undefined alias or a refused tag. */
  static final class Refused extends ComposerException {
    Refused(String problem, Mark at) {
      super(problem, at);
    }
  }

  /** Makes Jackson's factory open this parser, with the limits' loader options. */
  private static final class Factory extends YAMLFactory {
    Factory() {
      super(YAMLFactory.builder().loaderOptions(YamlLimits.options()));
    }

    @Override
    protected YAMLParser _createParser(Reader r, IOContext context) {
      return new EventParser(
          context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec, r);
    }
  }
}
