package org.sourcebrief.yaml;

import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.text.ControlCharacters;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Parses one YAML text into a node tree that keeps positions. Syntax errors become diagnostics; the
 * caller gets an empty result and carries on with the next file.
 */
public final class YamlReader {
  /** Resolves implicit tags only to tell `null` from text; shared, as it holds no state. */
  private static final Resolver RESOLVER = new Resolver();

  private final Diagnostics diagnostics;
  private final SourceTexts texts;

  public YamlReader(Diagnostics diagnostics, SourceTexts texts) {
    this.diagnostics = diagnostics;
    this.texts = texts;
  }

  /** Reads a whole file's text. */
  public Optional<YamlNode> read(String file, String text) {
    return parse(file, register(file, text), 0);
  }

  /**
   * Keeps a file's text for diagnostics without parsing it (Markdown files). Control characters in
   * it are reported; the text comes back with each replaced by U+FFFD, for reading on.
   */
  public String register(String file, String text) {
    String checked = ControlCharacters.checkText(file, text, diagnostics);
    texts.put(file, checked);
    return checked;
  }

  /**
   * Reads YAML embedded in a larger file (front matter), whose first line is line {@code firstLine}
   * of that file. The caller has registered the file's text already.
   */
  public Optional<YamlNode> readEmbedded(String file, String text, int firstLine) {
    return parse(file, text, firstLine - 1);
  }

  private Optional<YamlNode> parse(String file, String text, int lineOffset) {
    YamlLimits limits = new YamlLimits(diagnostics);
    if (limits.tooLarge(file, text)) return Optional.empty();
    // The composer alone: a full Yaml object builds constructors and representers never used.
    LoaderOptions options = YamlLimits.options();
    YamlLimits.Tracking parser =
        new YamlLimits.Tracking(new ParserImpl(new StreamReader(text), options));
    try {
      Node root = new Composer(parser, RESOLVER, options).getSingleNode();
      if (root == null) return Optional.empty();
      YamlNode node = new YamlNode(root, file, lineOffset, diagnostics);
      ScalarCharacters.check(node);
      return Optional.of(node);
    } catch (MarkedYAMLException e) {
      report(file, text, lineOffset, e);
    } catch (YAMLException e) {
      limits.report(file, text, lineOffset, e, parser.last());
    }
    return Optional.empty();
  }

  private void report(String file, String text, int lineOffset, MarkedYAMLException e) {
    // An unclosed quote is noticed at the end of the file; point at where the quote opened.
    boolean quote = String.valueOf(e.getContext()).contains("quoted scalar");
    Mark mark =
        quote && e.getContextMark() != null
            ? e.getContextMark()
            : e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
    SourcePosition at =
        mark == null
            ? SourcePosition.ofFile(file)
            : new SourcePosition(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
    String line = mark == null ? null : text.lines().skip(mark.getLine()).findFirst().orElse(null);
    YamlErrorExplainer.Explanation x = YamlErrorExplainer.explain(e, line);
    diagnostics.error(x.code(), at, x.message(), x.hint());
  }
}
