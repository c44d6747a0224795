package org.sourcebrief.yaml;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * The one number syntax editors may write: digits, an optional sign and decimal point. Anything
 * that YAML tools might read differently (octal, hex, exponents, underscores) is refused with an
 * explanation rather than guessed at.
 */
public final class Numbers {
  private static final Pattern DECIMAL = Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?");

  /** Either a value or a problem with a hint. */
  public record Parsed(BigDecimal value, String problem, String hint) {}

  private Numbers() {}

  public static Parsed parseDecimal(String text) {
    if (text == null) return problem("expected a number", "write a number such as 757008");
    String s = text.trim();
    if (DECIMAL.matcher(s).matches()) return new Parsed(new BigDecimal(s), null, null);
    if (s.matches("[-+]?0[0-9]+(\\.[0-9]+)?")) {
      return problem(
          "'" + s + "' has a leading zero, which YAML tools may read as an octal number",
          "write it without the leading zero: " + s.replaceFirst("^([-+]?)0+(?=[0-9])", "$1"));
    }
    if (s.matches("[-+]?0[xXoObB].*")) {
      return problem(
          "'" + s + "' is a hexadecimal, octal or binary number",
          "write the number in ordinary decimal digits");
    }
    if (s.contains("_")) {
      return problem(
          "'" + s + "' contains underscores", "write the digits without underscores or spaces");
    }
    if (s.matches("[-+]?[0-9.]+[eE][-+]?[0-9]+")) {
      return problem(
          "'" + s + "' is written with an exponent",
          "write the number in full, e.g. 3200000 rather than 3.2e6");
    }
    if (s.matches("[-+]?[0-9]{1,3}([, ][0-9]{3})+(\\.[0-9]+)?")) {
      return problem(
          "'" + s + "' contains thousands separators",
          "write the digits only, e.g. 757008; the site formats numbers for readers");
    }
    return problem("'" + s + "' is not a number", "write a number such as 757008 or 12.5");
  }

  private static Parsed problem(String problem, String hint) {
    return new Parsed(null, problem, hint);
  }
}
