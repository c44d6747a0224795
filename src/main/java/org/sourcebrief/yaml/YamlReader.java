package org.sourcebrief.yaml;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.text.ControlCharacters;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Parses one YAML text into a node tree that keeps positions, through Jackson's YAML parser, whose
 * token locations give each node's line and column. Syntax errors become diagnostics; the caller
 * gets an empty result and carries on with the next file.
 */
public final class YamlReader {
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
    EventParser parser = null;
    try {
      parser = EventParser.open(text);
      YamlNode root = new TreeReader(parser, file, lineOffset, diagnostics).read();
      if (root == null) return Optional.empty();
      ScalarCharacters.check(root);
      return Optional.of(root);
    } catch (MarkedYAMLException e) {
      report(file, text, lineOffset, e);
    } catch (YAMLException e) {
      limits.report(file, text, lineOffset, e, parser.last());
    } catch (IOException e) {
      // Jackson wraps the YAML parser's own exception; its wording and marks are explained above.
      if (e.getCause() instanceof MarkedYAMLException m) {
        report(file, text, lineOffset, m);
      } else if (e.getCause() instanceof YAMLException y) {
        limits.report(file, text, lineOffset, y, parser == null ? null : parser.last());
      } else {
        unreadable(file, lineOffset, e);
      }
    }
    return Optional.empty();
  }

  /**
   * Anything else Jackson refuses. The one case known is an escape in double quotes that names no
   * character ({@code "\UFFFFFFFF"}), which the YAML scanner fails on with a NumberFormatException.
   */
  private void unreadable(String file, int lineOffset, IOException e) {
    JsonLocation l = e instanceof JsonProcessingException j ? j.getLocation() : null;
    SourcePosition at =
        l == null || l.getLineNr() < 1
            ? SourcePosition.ofFile(file)
            : new SourcePosition(file, l.getLineNr() + lineOffset, l.getColumnNr());
    if (e.getCause() instanceof NumberFormatException) {
      diagnostics.error(
          "yaml-syntax",
          at,
          "an escape in double quotes (such as \\U0001F465) names no character",
          "write the character itself, or an escape of at most \\U0010FFFF");
      return;
    }
    String problem =
        e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
    diagnostics.error(
        "yaml-syntax",
        at,
        "this file is not valid YAML: " + problem,
        "check the indentation and quotes on this line and the one above");
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
