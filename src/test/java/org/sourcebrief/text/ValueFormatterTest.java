package org.sourcebrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ValueFormatterTest {
  private final ValueFormatter en = new ValueFormatter(TestWords.of(Locale.US));

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
    ValueFormatter de = new ValueFormatter(TestWords.of(Locale.GERMANY));
    assertEquals("757.008", de.format(new BigDecimal("757008"), "people", false));
    assertEquals("12,5\u00a0%", de.format(new BigDecimal("12.5"), "percent", false));
  }

  @Test
  void aNonZeroValueNeverReadsZero() {
    assertEquals("0.0004999", en.format(new BigDecimal("0.0004999"), null, false));
    assertEquals("0.0000001", en.format(new BigDecimal("0.0000001"), null, false));
    assertEquals("-0.0000001", en.format(new BigDecimal("-0.0000001"), null, false));
    assertEquals("1.0000001", en.format(new BigDecimal("1.0000001"), null, false));
    assertEquals("0." + "0".repeat(49) + "1", en.format(new BigDecimal("1e-50"), null, false));
    assertEquals("0.0000001", en.format(new BigDecimal("0.0000001"), null, false, "compact"));
    assertEquals("0.00001%", en.format(new BigDecimal("0.0000001"), null, false, "percent"));
    assertEquals("0.0000001%", en.format(new BigDecimal("0.0000001"), "percent", false));
    assertEquals("$0.004", en.format(new BigDecimal("0.004"), "usd", false));
    assertEquals("-$0.004", en.format(new BigDecimal("-0.004"), "usd", false));
  }

  @Test
  void aLongDerivedValueKeepsTwoSignificantDigits() {
    BigDecimal tiny = new BigDecimal("1e-10").divide(new BigDecimal(3), MathContext.DECIMAL128);
    assertEquals("0.000000000033", en.format(tiny, null, false));
    assertEquals("-0.000000000033", en.format(tiny.negate(), null, false));
  }

  @Test
  void compactAboveTheLargestUnitWritesTheFullNumber() {
    BigDecimal huge = new BigDecimal("12345678900000000000");
    assertEquals("12,345,678,900,000,000,000", en.format(huge, null, false, "compact"));
    assertEquals("about 12,345,678,900,000,000,000", en.format(huge, null, true));
    assertEquals(
        "123.5 trillion", en.format(new BigDecimal("123456789000000"), null, false, "compact"));
  }

  @Test
  void compactRoundsIntoTheNextUnit() {
    assertEquals("1 billion", en.format(new BigDecimal("999999999"), null, false, "compact"));
    assertEquals("1 million", en.format(new BigDecimal("999960"), null, false, "compact"));
  }

  @Test
  void negativesUseTheLocalesMinusSign() {
    ValueFormatter sv = new ValueFormatter(TestWords.of(Locale.forLanguageTag("sv-SE")));
    assertEquals(
        "\u22123,2 miljoner", sv.format(new BigDecimal("-3200000"), null, false, "compact"));
    assertEquals("\u22123\u00a0200\u00a0000", sv.format(new BigDecimal("-3200000"), null, false));
    assertEquals(
        "\u22123,2 miljoner\u00a0US$",
        sv.format(new BigDecimal("-3200000"), "usd", false, "compact"));
    assertEquals("-$3.2 million", en.format(new BigDecimal("-3200000"), "usd", false, "compact"));
    assertEquals("$3.2 million", en.format(new BigDecimal("3200000"), "usd", false, "compact"));
  }
}
