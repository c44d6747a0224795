package org.sourcebrief.diag;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Prints diagnostics in the form the editor's guide documents:
 *
 * <pre>
 * content/facts/returns.yaml:14:9: error[fact-missing-source]: fact 'returns_2024' has no source
 *    14 |   - id: returns_2024
 *       |         ^
 *   hint: add `source: &lt;id&gt;` naming an entry of content/sources.yaml
 * </pre>
 *
 * What it prints stays readable and bounded whatever the content holds: hidden characters are
 * escaped ({@link PrintableText}), a long line is clipped to a window around the column, and only
 * the first {@value #PER_FILE_AND_CODE} findings of one kind in one file are printed, the rest
 * counted.
 */
public final class DiagnosticPrinter {
  /** How many diagnostics of one severity and code are printed per file; the rest are counted. */
  public static final int PER_FILE_AND_CODE = FindingLimit.PER_FILE_AND_CODE;

  /** Notices of one code printed for a whole site, unless verbose; the rest are counted. */
  public static final int NOTICES_PER_CODE = 50;

  /**
   * The most code points of a line an excerpt shows; a longer line is clipped around the column.
   */
  static final int EXCERPT_WIDTH = 100;

  /** How many code points before the column a clipped excerpt keeps. */
  static final int BEFORE_COLUMN = 40;

  /** The most code points of a message or hint printed; a longer one ends in "…". */
  static final int MESSAGE_LIMIT = 1000;

  private final SourceTexts texts;

  public DiagnosticPrinter(SourceTexts texts) {
    this.texts = texts;
  }

  /**
   * Every diagnostic in full, except notices, which get one line each (see {@link #format(List,
   * boolean)}).
   */
  public String format(List<Diagnostic> diagnostics) {
    return format(diagnostics, false);
  }

  /**
   * The diagnostics in order. Errors and warnings are printed in full; notices in full only when
   * {@code verbose}, otherwise as their first line. After {@value #PER_FILE_AND_CODE} diagnostics
   * of one severity and code in one file, the rest of them are counted in one line at the end of
   * that file's diagnostics; unless {@code verbose}, after {@value #NOTICES_PER_CODE} notices of
   * one code in the whole site, the rest are counted in one line at the end.
   */
  public String format(List<Diagnostic> diagnostics, boolean verbose) {
    StringBuilder out = new StringBuilder();
    FindingLimit limit = new FindingLimit();
    // Notices of one code across the whole site: a site of thousands of files would otherwise
    // print thousands of "fact-stale" lines before its errors and its summary.
    Map<String, Integer> notices = new java.util.TreeMap<>();
    String file = null;
    for (Diagnostic d : diagnostics) {
      String f = d.position() == null ? null : d.position().file();
      if (!Objects.equals(f, file)) {
        // Each run of one file's diagnostics is limited on its own, its count closing it.
        countLines(out, file, limit.hidden(file));
        limit = new FindingLimit();
        file = f;
      }
      boolean notice = d.severity() == Severity.NOTICE;
      if (notice && !verbose && notices.merge(d.code(), 1, Integer::sum) > NOTICES_PER_CODE) {
        continue;
      }
      if (limit.shows(d)) {
        out.append(verbose || !notice ? format(d) : headline(d));
      }
    }
    countLines(out, file, limit.hidden(file));
    notices.forEach(
        (code, n) -> {
          if (n > NOTICES_PER_CODE)
            out.append(n - NOTICES_PER_CODE)
                .append(" more notice[")
                .append(code)
                .append("] not shown (only the first ")
                .append(NOTICES_PER_CODE)
                .append(" of each are printed; --verbose prints them all)\n");
        });
    return out.toString();
  }

  /** "content/a.md: 480 more warning[naked-number] in this file, not shown" lines. */
  private static void countLines(StringBuilder out, String file, Map<String, Integer> hidden) {
    hidden.forEach(
        (kind, n) ->
            out.append(file == null ? "" : PrintableText.escape(file) + ": ")
                .append(n)
                .append(" more ")
                .append(kind)
                .append(file == null ? "" : " in this file")
                .append(", not shown (only the first ")
                .append(PER_FILE_AND_CODE)
                .append(" of each kind are printed)\n"));
  }

  public String format(Diagnostic d) {
    StringBuilder out = new StringBuilder(headline(d));
    SourcePosition at = d.position();
    if (at != null && at.hasLine()) out.append(excerpt(at));
    if (d.hint() != null && !d.hint().isEmpty())
      out.append("  hint: ").append(printable(d.hint())).append('\n');
    return out.toString();
  }

  /** The first line: "file:line:col: severity[code]: message". */
  private static String headline(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    if (d.position() != null)
      out.append(PrintableText.escape(d.position().toString())).append(": ");
    out.append(d.severity().label()).append('[').append(d.code()).append("]: ");
    return out.append(printable(d.message())).append('\n').toString();
  }

  /** Escaped, and cut to {@value #MESSAGE_LIMIT} code points. */
  private static String printable(String text) {
    if (text.codePointCount(0, text.length()) > MESSAGE_LIMIT)
      text = text.substring(0, text.offsetByCodePoints(0, MESSAGE_LIMIT)) + "…";
    return PrintableText.escape(text);
  }

  /**
   * The offending line with a caret under the column, as two lines each ending in a newline (" 14 |
   * text", " | ^"); empty when the line is unknown. A line longer than {@value #EXCERPT_WIDTH} code
   * points is shown as a window around the column, with "…" where it was cut.
   */
  public String excerpt(SourcePosition at) {
    String line = at == null || !at.hasLine() ? null : texts.line(at.file(), at.line());
    if (line == null) return "";
    String number = String.valueOf(at.line());
    String gutter = " ".repeat(Math.max(0, 5 - number.length())) + number + " | ";
    String blank = " ".repeat(gutter.length() - 2) + "| ";
    ExcerptLine shown = ExcerptLine.of(line, at.column());
    return gutter + shown.text() + "\n" + blank + " ".repeat(shown.caret()) + "^\n";
  }

  /** "2 errors, 1 warning" — the closing line of a run. */
  public static String summary(int errors, int warnings, int notices) {
    String s = plural(errors, "error") + ", " + plural(warnings, "warning");
    return notices > 0 ? s + ", " + plural(notices, "notice") : s;
  }

  /** "1 page", "2 pages". */
  public static String plural(int n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }
}
