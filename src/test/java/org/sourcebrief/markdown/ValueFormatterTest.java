package org.sourcebrief.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {
  private final ValueFormatter en = new ValueFormatter(Locale.US);

  @Test
  void writtenDecimalsAreShownAsWritten() {
    assertEquals("757,008", en.format(new BigDecimal("757008"), "people", false));
    assertEquals("12.5%", en.format(new BigDecimal("12.5"), "percent", false));
    assertEquals("0.125", en.format(new BigDecimal("0.125"), null, false));
    assertEquals("23.7%", en.format(new BigDecimal("0.237"), null, false, "percent"));
    assertEquals("$1,500", en.format(new BigDecimal("1500"), "usd", false));
    assertEquals("about 3.2 million", en.format(new BigDecimal("3200000"), "people", true));
    assertEquals("3200000", en.format(new BigDecimal("3200000"), "people", false, "plain"));
  }

  @Test
  void aDivisionThatDoesNotEndIsRounded() {
    BigDecimal third = BigDecimal.ONE.divide(new BigDecimal(3), MathContext.DECIMAL128);
    assertEquals("0.33", en.format(third, null, false));
    assertEquals("33.3%", en.format(third, null, false, "percent"));
    BigDecimal share = new BigDecimal("40.97798112668001143837575064340864");
    assertEquals("41%", en.format(share, "percent", false));
    assertEquals("41%", en.format(share, "percent", false, "compact"));
  }

  @Test
  void theSiteLocaleNotTheMachinesDecidesTheForm() {
    ValueFormatter de = new ValueFormatter(Locale.GERMANY);
    assertEquals("757.008", de.format(new BigDecimal("757008"), "people", false));
    assertEquals("12,5\u00a0%", de.format(new BigDecimal("12.5"), "percent", false));
  }
}
