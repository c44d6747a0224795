package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Whole-number percentages of a whole that add up to exactly 100, by the largest-remainder method:
 * each share is rounded down, and the points left over go to the shares that lost the most. (Each
 * share rounded on its own can make 101%: 40.6 + 27.5 + 31.9 reads 41 + 28 + 32.)
 */
final class Shares {
  private Shares() {}

  /**
   * The percentage of each value in their sum; a missing or negative value counts as 0. All 0 when
   * the sum is not positive.
   */
  static int[] of(List<BigDecimal> values) {
    List<BigDecimal> parts = new ArrayList<>();
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal v : values) {
      BigDecimal part = v == null || v.signum() < 0 ? BigDecimal.ZERO : v;
      parts.add(part);
      total = total.add(part);
    }
    int[] out = new int[parts.size()];
    if (total.signum() <= 0) return out;
    BigDecimal[] remainders = new BigDecimal[parts.size()];
    int given = 0;
    for (int i = 0; i < parts.size(); i++) {
      BigDecimal exact =
          parts.get(i).multiply(BigDecimal.valueOf(100)).divide(total, 20, RoundingMode.HALF_EVEN);
      out[i] = exact.setScale(0, RoundingMode.FLOOR).intValueExact();
      remainders[i] = exact.subtract(BigDecimal.valueOf(out[i]));
      given += out[i];
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < parts.size(); i++) order.add(i);
    // Largest remainder first; on a tie, the earlier slice, so the result never depends on sorting.
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < 100 - given; k++) out[order.get(k)]++;
    return out;
  }
}
