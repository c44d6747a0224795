package org.sourcebrief.text;

import java.math.BigDecimal;

/**
 * How many decimals to show a value with. A figure an editor wrote (or exact arithmetic on such
 * figures) is shown as written; only a long value, such as a division that does not end, is
 * rounded, and never so far that a non-zero value reads "0" or "-0".
 */
public final class Decimals {
  /** Up to this many significant digits a value is shown exactly. */
  private static final int EXACT_DIGITS = 15;

  /** Two significant digits are the least a reader needs to tell a small value from zero. */
  private static final int SIGNIFICANT = 2;

  private Decimals() {}

  /** All written decimals; a longer value {@code cap} decimals, or two significant digits. */
  public static int toShow(BigDecimal value, int cap) {
    BigDecimal v = value.stripTrailingZeros();
    if (v.signum() == 0) return 0;
    if (v.precision() <= EXACT_DIGITS) return Math.max(0, v.scale());
    return Math.max(0, Math.min(v.scale(), Math.max(cap, firstSignificant(v) + SIGNIFICANT - 1)));
  }

  /** At least {@code cap} decimals, and enough for two significant digits of a small value. */
  public static int toShow(double value, int cap) {
    if (value == 0 || !Double.isFinite(value)) return cap;
    int first = (int) -Math.floor(Math.log10(Math.abs(value)));
    return Math.min(340, Math.max(cap, first + SIGNIFICANT - 1));
  }

  /**
   * The decimal place of the first significant digit: 1 for 0.3, 4 for 0.0005, 0 or less for 12.
   */
  private static int firstSignificant(BigDecimal v) {
    return v.scale() - v.precision() + 1;
  }
}
