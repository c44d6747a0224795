package org.sourcebrief.text;

import java.text.NumberFormat;
import java.text.ParseException;

/**
 * The locale's compact form ("3.2 million", "1,3 Mio."), made safe for the two places where the
 * JDK's compact format goes wrong: a value that rounds up into the next unit ("1000 million") and a
 * value beyond the largest unit ("12345678.9 trillion").
 */
public final class CompactNumbers {
  /**
   * CLDR's compact patterns end at hundreds of trillions (10^14); from 10^15 a value is written in
   * full instead.
   */
  private static final double BEYOND_UNITS = 1e15;

  private CompactNumbers() {}

  /** The compact form of {@code value}, or null when it lies beyond the largest unit. */
  public static String format(NumberFormat compact, double value) {
    if (!(Math.abs(value) < BEYOND_UNITS)) return null;
    String s = compact.format(value);
    double shown = parse(compact, s, value);
    if (Math.abs(shown) >= BEYOND_UNITS) return null;
    // Written back from the value it shows, "1000 million" becomes "1 billion".
    return shown == value ? s : compact.format(shown);
  }

  /** The value a compact text shows; {@code value} itself when the text does not read back. */
  private static double parse(NumberFormat compact, String text, double value) {
    try {
      double back = compact.parse(text).doubleValue();
      boolean close = Math.abs(back - value) <= Math.abs(value) * 0.1;
      return close ? back : value;
    } catch (ParseException | RuntimeException e) {
      return value;
    }
  }
}
