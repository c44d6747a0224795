package org.sourcebrief.yaml;

import java.util.Locale;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.inspector.TagInspector;
import org.yaml.snakeyaml.reader.ReaderException;
import org.yaml.snakeyaml.reader.StreamReader;

/**
 * The limits that keep a damaged or hostile YAML file from exhausting memory or time, far above
 * anything a real briefing reaches; each one, when hit, is reported in its own words, naming the
 * limit and where in the file it was hit.
 */
final class YamlLimits {
  /** Characters in one YAML text: a facts file of ten thousand facts is about 3 MiB. */
  static final int MAX_CHARACTERS = 10 * 1024 * 1024;

  /** Lists and mappings inside one another: a chart's points sit five deep. */
  static final int MAX_DEPTH = 50;

  /** Aliases ({@code *name}) to lists or mappings: each one copies a whole structure. */
  static final int MAX_ALIASES = 50;

  /** Refuses every global tag such as {@code !!java.io.File}: YAML's own tags are enough. */
  static final TagInspector TAGS = new LoaderOptions().getTagInspector();

  private final Diagnostics diagnostics;

  YamlLimits(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  static LoaderOptions options() {
    LoaderOptions o = new LoaderOptions();
    o.setAllowDuplicateKeys(true); // reported with positions by YamlMapping instead
    o.setMaxAliasesForCollections(MAX_ALIASES);
    o.setNestingDepthLimit(MAX_DEPTH);
    o.setCodePointLimit(MAX_CHARACTERS + 1); // checked first, with a better message, by tooLarge
    return o;
  }

  /** Reports and returns true when {@code text} is over the size limit, before it is parsed. */
  boolean tooLarge(String file, String text) {
    if (text.length() <= MAX_CHARACTERS) return false;
    int characters = text.codePointCount(0, text.length());
    if (characters <= MAX_CHARACTERS) return false;
    diagnostics.error(
        "yaml-too-large",
        SourcePosition.ofFile(file),
        String.format(
            Locale.ROOT,
            "this file holds %,d characters; a YAML file may hold at most %,d (10 MiB)",
            characters,
            MAX_CHARACTERS),
        "split it into several smaller files in the same folder; every file there is read");
    return true;
  }

  /**
   * Reports a parser error that is not about the YAML syntax itself: a limit, or a character YAML
   * forbids. {@code last} is the parser event read last; {@code lineOffset} as in YamlReader.
   */
  void report(String file, String text, int lineOffset, YAMLException e, Mark last) {
    String problem = String.valueOf(e.getMessage());
    if (e instanceof ReaderException) {
      forbiddenCharacter(file, text, lineOffset);
    } else if (problem.contains("Nesting Depth exceeded")) {
      diagnostics.error(
          "yaml-too-deep",
          at(file, lineOffset, last),
          "lists and mappings are nested more than " + MAX_DEPTH + " deep here",
          "no content file needs this depth: check for a run of `[` or `{`, or of indented"
              + " `-` lines");
    } else if (problem.contains("Number of aliases")) {
      diagnostics.error(
          "yaml-too-many-aliases",
          at(file, lineOffset, last),
          "more than " + MAX_ALIASES + " aliases (`*name`) to lists or mappings in this file",
          "write the repeated values out instead of repeating them with `&name` and `*name`");
    } else if (problem.contains("exceeds the limit")) {
      tooLarge(file, text);
    } else {
      diagnostics.error(
          "yaml-syntax",
          at(file, lineOffset, last),
          "this file is not valid YAML: " + problem,
          "check the indentation and quotes on this line and the one above");
    }
  }

  /** YAML allows no control character but tab and line breaks; name the first one. */
  private void forbiddenCharacter(String file, String text, int lineOffset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      if (!StreamReader.isPrintable(c)) {
        diagnostics.error(
            "yaml-control-character",
            new SourcePosition(file, line + lineOffset, column),
            String.format(
                Locale.ROOT,
                "the invisible control character U+%04X (%s) is not allowed in YAML",
                c,
                Character.getName(c) == null ? "unassigned" : Character.getName(c)),
            "delete it; such characters come from copying out of another program or from a"
                + " damaged file");
        return;
      }
      boolean lineBreak = c == '\n' || c == '\r' && !text.startsWith("\n", i + 1);
      line = lineBreak ? line + 1 : line;
      column = lineBreak ? 1 : column + 1;
      i += Character.charCount(c);
    }
    diagnostics.error(
        "yaml-control-character",
        SourcePosition.ofFile(file),
        "the file holds a character that is not allowed in YAML",
        "delete invisible control characters from the file");
  }

  private static SourcePosition at(String file, int lineOffset, Mark mark) {
    return mark == null
        ? SourcePosition.ofFile(file)
        : new SourcePosition(file, mark.getLine() + 1 + lineOffset, mark.getColumn() + 1);
  }
}
