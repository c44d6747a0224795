package org.sourcebrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Compact texts written with the quick reading are those written with the JDK's parse alone. */
class CompactNumbersTest {
  private static final List<Locale> LOCALES =
      List.of(
          Locale.US,
          Locale.GERMANY,
          Locale.forLanguageTag("fa-AF"),
          Locale.forLanguageTag("ps-AF"),
          Locale.forLanguageTag("ur-PK"),
          Locale.forLanguageTag("hi-IN"),
          Locale.JAPAN,
          Locale.FRANCE,
          Locale.forLanguageTag("ar-EG"),
          Locale.forLanguageTag("ur-PK-u-nu-arabext"),
          Locale.forLanguageTag("en-IN"),
          Locale.forLanguageTag("tr-TR"));

  @Property(tries = 400)
  void rememberedReadingsChangeNoText(
      @ForAll @Size(min = 1, max = 60) List<@From("values") Double> values,
      @ForAll("locales") Locale locale) {
    NumberFormat compact = format(locale);
    CompactNumbers.Reading reading = new CompactNumbers.Reading(locale);
    for (double v : values) {
      assertEquals(
          CompactNumbers.format(format(locale), v),
          CompactNumbers.format(compact, v, reading),
          () -> v + " in " + locale);
    }
  }

  @Test
  void aValueThatRoundsIntoTheNextUnitIsWrittenInIt() {
    CompactNumbers.Reading kept = new CompactNumbers.Reading(Locale.US);
    NumberFormat compact = format(Locale.US);
    assertEquals("3.2 million", CompactNumbers.format(compact, 3_240_000, kept));
    assertEquals("1 billion", CompactNumbers.format(compact, 999_960_000, kept));
    assertEquals("1 billion", CompactNumbers.format(compact, 999_970_000, kept));
    assertEquals(null, CompactNumbers.format(compact, 2e15, kept));
  }

  private static NumberFormat format(Locale locale) {
    NumberFormat compact = CompactNumbers.of(locale, NumberFormat.Style.LONG);
    compact.setMaximumFractionDigits(1);
    compact.setRoundingMode(RoundingMode.HALF_UP);
    return compact;
  }

  @Provide
  Arbitrary<Double> values() {
    Arbitrary<Double> anywhere = Arbitraries.doubles().between(1_000, 9.99e14).ofScale(2);
    Arbitrary<Double> nearACarry =
        Arbitraries.integers()
            .between(3, 14)
            .flatMap(
                d ->
                    Arbitraries.doubles()
                        .between(9.3, 9.9999)
                        .ofScale(4)
                        .map(m -> m * Math.pow(10, d)));
    Arbitrary<Double> repeated = Arbitraries.of(3_240_000.0, 3_210_000.0, 999_960_000.0, 12_000.0);
    return Arbitraries.oneOf(anywhere, nearACarry, repeated);
  }

  @Provide
  Arbitrary<Locale> locales() {
    return Arbitraries.of(LOCALES);
  }
}
