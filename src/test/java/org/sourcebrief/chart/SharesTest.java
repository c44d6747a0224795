package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class SharesTest {
  private static List<BigDecimal> of(long... values) {
    return Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
  }

  @Test
  void theExampleDonutAddsUpToAHundred() {
    // 40.625 + 27.5 + 31.875: rounded one by one they read 41 + 28 + 32 = 101.
    assertArrayEquals(new int[] {41, 27, 32}, Shares.of(of(1_300_000, 880_000, 1_020_000)));
  }

  @Test
  void awkwardWholes() {
    assertArrayEquals(new int[] {34, 33, 33}, Shares.of(of(1, 1, 1)));
    assertArrayEquals(new int[] {100, 0}, Shares.of(of(1_000_000, 1)));
    assertArrayEquals(new int[] {0, 0}, Shares.of(of(0, 0)));
    assertArrayEquals(
        new int[] {50, 0, 50}, Shares.of(Arrays.asList(BigDecimal.ONE, null, BigDecimal.ONE)));
  }

  @Property(tries = 500)
  void sharesAlwaysMakeAHundredAndStayWithinAPointOfTheExactShare(
      @ForAll @Size(min = 1, max = 30) List<@IntRange(min = 0, max = 1_000_000) Integer> raw) {
    List<BigDecimal> values = raw.stream().map(BigDecimal::valueOf).toList();
    BigDecimal total = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    int[] shares = Shares.of(values);
    if (total.signum() == 0) {
      assertEquals(0, Arrays.stream(shares).sum());
      return;
    }
    assertEquals(100, Arrays.stream(shares).sum(), values::toString);
    for (int i = 0; i < shares.length; i++) {
      BigDecimal exact =
          values.get(i).multiply(BigDecimal.valueOf(100)).divide(total, MathContext.DECIMAL64);
      assertTrue(
          exact.subtract(BigDecimal.valueOf(shares[i])).abs().compareTo(BigDecimal.ONE) < 0,
          () -> values + " gave " + Arrays.toString(shares));
    }
  }
}
