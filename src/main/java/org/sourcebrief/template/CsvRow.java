package org.sourcebrief.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One CSV row (RFC 4180) that a spreadsheet opens as data, never as formulas: a text cell that
 * would start with {@code = + - @}, a tab or a carriage return gets a leading apostrophe, as OWASP
 * advises, while a number cell is written as the number it is (a negative value stays a number).
 * The kind of a cell comes from its column, never from how its text looks.
 */
final class CsvRow {
  /** The characters with which a spreadsheet cell starts a formula. */
  private static final String FORMULA_STARTS = "=+-@\t\r";

  private final List<String> cells = new ArrayList<>();

  CsvRow text(String s) {
    cells.add(quote(neutral(s)));
    return this;
  }

  CsvRow texts(List<String> all) {
    all.forEach(this::text);
    return this;
  }

  CsvRow number(BigDecimal v) {
    cells.add(v.toPlainString());
    return this;
  }

  void appendTo(StringBuilder out) {
    out.append(String.join(",", cells)).append("\r\n");
  }

  /**
   * A {@code #} comment line. A spreadsheet still splits it at its commas and semicolons, so each
   * piece after one is neutralised as a text cell would be; line breaks and tabs become spaces.
   */
  static String comment(String text) {
    String line = text.replaceAll("[\r\n\t]+", " ");
    return "# " + line.replaceAll("([,;])(?=[=+\\-@\"])", "$1'") + "\r\n";
  }

  private static String neutral(String s) {
    return !s.isEmpty() && FORMULA_STARTS.indexOf(s.charAt(0)) >= 0 ? "'" + s : s;
  }

  /**
   * Quoted when it holds a quote, a line break or a separator: a comma, or the semicolon and tab
   * that spreadsheets in many locales split at, so no such reader makes two cells of one.
   */
  private static String quote(String s) {
    if (s.chars()
        .noneMatch(c -> c == '"' || c == ',' || c == ';' || c == '\t' || c == '\r' || c == '\n'))
      return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }
}
