package org.sourcebrief.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.yaml.YamlNode.Kind;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Builds the node tree from the tokens of Jackson's YAML parser; each node's position is the
 * location Jackson gives its token. Aliases ({@code *name}) stand for the very node their anchor
 * names, as a YAML composer does; depth and aliases to lists and mappings are counted against the
 * limits.
 */
final class TreeReader {
  private final EventParser parser;
  private final String file;
  private final int lineOffset;
  private final Diagnostics diagnostics;
  private final Map<String, YamlNode> anchors = new HashMap<>();

  /** The lists and mappings being read: an alias to one of them would make a cycle. */
  private final Set<YamlNode> open = Collections.newSetFromMap(new IdentityHashMap<>());

  private int depth;
  private int collectionAliases;

  TreeReader(EventParser parser, String file, int lineOffset, Diagnostics diagnostics) {
    this.parser = parser;
    this.file = file;
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
    parser.readKeysWith(this::fromEvents);
  }

  /** The root node, or null for a file without content. */
  YamlNode read() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == null) return null;
    YamlNode root = value(t);
    parser.nextToken(); // the end of the stream, or a second document, which is refused
    return root;
  }

  private YamlNode value(JsonToken t) throws IOException {
    Event e = parser.event();
    if (parser.isCurrentAlias()) return alias(parser.getText(), e.getStartMark());
    SourcePosition at = at(parser.currentTokenLocation());
    enter(e);
    YamlNode node;
    if (t == JsonToken.START_OBJECT) {
      node = open(collection(Kind.MAPPING, e, at));
      while (parser.nextToken() == JsonToken.FIELD_NAME) {
        YamlNode key = key();
        node.add(key, value(parser.nextToken()));
      }
      open.remove(node);
    } else if (t == JsonToken.START_ARRAY) {
      node = open(collection(Kind.SEQUENCE, e, at));
      for (JsonToken item = parser.nextToken(); item != JsonToken.END_ARRAY; ) {
        node.add(value(item));
        item = parser.nextToken();
      }
      open.remove(node);
    } else {
      node = scalar((ScalarEvent) e, t == JsonToken.VALUE_NULL, parser.getText(), at);
    }
    depth--;
    return node;
  }

  private YamlNode key() throws IOException {
    YamlNode read = parser.takeKey();
    if (read != null) return read;
    ScalarEvent e = (ScalarEvent) parser.event();
    enter(e);
    YamlNode key =
        scalar(e, EventParser.isNull(e), parser.currentName(), at(parser.currentTokenLocation()));
    depth--;
    return key;
  }

  /**
   * A key that is a list, a mapping or an alias, read from the events under Jackson's parser:
   * Jackson has no token for such a key. The mapping reports it; it is read whole so that its
   * anchors, limits and characters are checked as everywhere else.
   */
  private YamlNode fromEvents(Event e) {
    if (e.is(Event.ID.Alias)) return alias(((NodeEvent) e).getAnchor(), e.getStartMark());
    SourcePosition at = at(e.getStartMark());
    enter(e);
    YamlNode node;
    if (e.is(Event.ID.MappingStart)) {
      node = open(collection(Kind.MAPPING, e, at));
      for (Event k = parser.next(); !k.is(Event.ID.MappingEnd); k = parser.next()) {
        YamlNode key = fromEvents(k);
        node.add(key, fromEvents(parser.next()));
      }
      open.remove(node);
    } else if (e.is(Event.ID.SequenceStart)) {
      node = open(collection(Kind.SEQUENCE, e, at));
      for (Event i = parser.next(); !i.is(Event.ID.SequenceEnd); i = parser.next()) {
        node.add(fromEvents(i));
      }
      open.remove(node);
    } else {
      ScalarEvent s = (ScalarEvent) e;
      node = scalar(s, EventParser.isNull(s), s.getValue(), at);
    }
    depth--;
    return node;
  }

  private YamlNode collection(Kind kind, Event e, SourcePosition at) {
    refuseGlobalTag(((CollectionStartEvent) e).getTag(), e);
    return anchor(e, YamlNode.collection(kind, at, diagnostics));
  }

  private YamlNode scalar(ScalarEvent e, boolean isNull, String text, SourcePosition at) {
    refuseGlobalTag(e.getTag(), e);
    return anchor(e, YamlNode.scalar(at, diagnostics, text, !e.isPlain(), isNull));
  }

  /**
   * Keeps a node under its anchor. The anchor is read from the event: Jackson's {@code
   * getCurrentAnchor()} gives it for lists and mappings but not for scalar values.
   */
  private YamlNode anchor(Event e, YamlNode node) {
    String anchor = ((NodeEvent) e).getAnchor();
    if (anchor != null) anchors.put(anchor, node);
    return node;
  }

  /** Marks a list or mapping as being read, until its end. */
  private YamlNode open(YamlNode node) {
    open.add(node);
    return node;
  }

  private YamlNode alias(String anchor, Mark at) {
    YamlNode node = anchors.get(anchor);
    if (node == null) throw new EventParser.Refused("found undefined alias " + anchor, at);
    // An alias inside the very list or mapping it names would make a value without end.
    if (open.contains(node)) {
      throw new EventParser.Refused(
          "alias *" + anchor + " stands inside the list or mapping it names", at);
    }
    if (!node.isScalar() && ++collectionAliases > YamlLimits.MAX_ALIASES) {
      throw new YAMLException(
          "Number of aliases for non-scalar nodes exceeds the specified max="
              + YamlLimits.MAX_ALIASES);
    }
    return node;
  }

  /** Counts one level down; each key and value counts, as in a YAML composer. */
  private void enter(Event e) {
    if (depth > YamlLimits.MAX_DEPTH) {
      throw new YAMLException("Nesting Depth exceeded max " + YamlLimits.MAX_DEPTH);
    }
    depth++;
  }

  /** Tags such as {@code !!java.io.File} or {@code !<tag:example.com,2024:x>} are refused. */
  private static void refuseGlobalTag(String tag, Event e) {
    if (tag == null || tag.equals("!")) return;
    Tag t = new Tag(tag);
    if (t.isCustomGlobal() && !YamlLimits.TAGS.isGlobalTagAllowed(t)) {
      throw new EventParser.Refused("Global tag is not allowed: " + tag, e.getStartMark());
    }
  }

  private SourcePosition at(JsonLocation location) {
    return new SourcePosition(file, location.getLineNr() + lineOffset, location.getColumnNr());
  }

  private SourcePosition at(Mark mark) {
    return new SourcePosition(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }
}
