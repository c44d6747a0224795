package org.sourcebrief.diag;

import java.util.List;

/**
 * Prints diagnostics in the form the editor's guide documents:
 *
 * <pre>
 * content/facts/returns.yaml:14:9: error[fact-missing-source]: fact 'returns_2024' has no source
 *    14 |   - id: returns_2024
 *       |         ^
 *   hint: add `source: &lt;id&gt;` naming an entry of content/sources.yaml
 * </pre>
 */
public final class DiagnosticPrinter {
  private final SourceTexts texts;

  public DiagnosticPrinter(SourceTexts texts) {
    this.texts = texts;
  }

  public String format(List<Diagnostic> diagnostics) {
    StringBuilder out = new StringBuilder();
    for (Diagnostic d : diagnostics) out.append(format(d));
    return out.toString();
  }

  public String format(Diagnostic d) {
    StringBuilder out = new StringBuilder();
    SourcePosition at = d.position();
    if (at != null) out.append(at).append(": ");
    out.append(d.severity().label()).append('[').append(d.code()).append("]: ");
    out.append(d.message()).append('\n');
    if (at != null && at.hasLine()) out.append(excerpt(at));
    if (d.hint() != null && !d.hint().isEmpty())
      out.append("  hint: ").append(d.hint()).append('\n');
    return out.toString();
  }

  /**
   * The offending line with a caret under the column, as two lines each ending in a newline (" 14 |
   * text", " | ^"); empty when the line is unknown.
   */
  public String excerpt(SourcePosition at) {
    StringBuilder out = new StringBuilder();
    String line = at == null || !at.hasLine() ? null : texts.line(at.file(), at.line());
    if (line == null) return "";
    String number = String.valueOf(at.line());
    String gutter = " ".repeat(Math.max(0, 5 - number.length())) + number + " | ";
    String blank = " ".repeat(gutter.length() - 2) + "| ";
    out.append(gutter).append(line.replace('\t', ' ')).append('\n');
    out.append(blank).append(caretPadding(line, at.column())).append("^\n");
    return out.toString();
  }

  /** Spaces up to the column, counting code points so the caret sits under the right character. */
  private static String caretPadding(String line, int column) {
    int cps = line.codePointCount(0, line.length());
    return " ".repeat(Math.max(0, Math.min(column - 1, cps)));
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
