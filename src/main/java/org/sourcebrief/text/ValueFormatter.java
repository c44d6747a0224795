package org.sourcebrief.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.NumberFormat;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Writes fact values for readers in the site's locale (never the JVM default): "757,008", "3.2
 * million", "12.5%", "$1,500", "about 3.2 million".
 */
public final class ValueFormatter {
  /** The formats an editor may ask for in {@code {{fact:id|format}}}. */
  public static final List<String> FORMATS = List.of("number", "compact", "percent", "plain");

  private final Locale locale;
  private final Words words;

  /**
   * The locale's formats, made once per thread: looking them up is slow (a compact format parses
   * its patterns) and a NumberFormat may not be shared between threads.
   */
  private final ThreadLocal<Formats> formats;

  /** Numbers in the words' locale; "about …" from the words ({@code value.approximate}). */
  public ValueFormatter(Words words) {
    this.words = words;
    this.locale = words.locale();
    this.formats = ThreadLocal.withInitial(() -> new Formats(locale));
  }

  private static final class Formats {
    final NumberFormat number;
    final NumberFormat compact;
    final NumberFormat percent;
    final NumberFormat currency;

    /** What each compact text reads back as, for {@link CompactNumbers#format}. */
    private final CompactNumbers.Reading reading;

    Formats(Locale locale) {
      // The CLDR provider makes every number format a DecimalFormat; the affixes are read from it.
      number = NumberFormat.getNumberInstance(locale);
      compact = CompactNumbers.of(locale, NumberFormat.Style.LONG);
      compact.setMaximumFractionDigits(1);
      reading = new CompactNumbers.Reading(locale);
      percent = NumberFormat.getPercentInstance(locale);
      currency = NumberFormat.getCurrencyInstance(locale);
      for (NumberFormat f : new NumberFormat[] {number, compact, percent, currency}) {
        f.setRoundingMode(RoundingMode.HALF_UP);
      }
    }
  }

  /** The default rendering of a fact: by its unit, and "about …" when approximate. */
  public String format(BigDecimal value, String unit, boolean approximate) {
    if (approximate) return words.get("value.approximate", compact(value, unit));
    if (isPercent(unit)) return percentOf(value.movePointLeft(2), digits(value, 1));
    if (currency(unit) != null) return money(value, currency(unit));
    return number(value);
  }

  /**
   * The decimals to show: all that were written, but a derived value that does not terminate (34
   * digits after a division) is shown to {@code cap} places, or two significant digits when small.
   */
  private static int digits(BigDecimal value, int cap) {
    return Decimals.toShow(value, cap);
  }

  /** A named format; the caller has checked it is one of {@link #FORMATS}. */
  public String format(BigDecimal value, String unit, boolean approximate, String format) {
    return switch (format) {
      case "number" -> number(value);
      case "compact" -> compact(value, unit);
      case "percent" ->
          isPercent(unit)
              ? percentOf(value.movePointLeft(2), digits(value, 1))
              : percentOf(value, Math.max(0, Math.min(digits(value, 3), value.scale()) - 2));
      case "plain" -> value.toPlainString();
      default -> format(value, unit, approximate);
    };
  }

  public String number(BigDecimal value) {
    NumberFormat f = formats.get().number;
    f.setMaximumFractionDigits(digits(value, 2));
    return f.format(value);
  }

  /** "3.2 million"; a small value or one beyond the largest unit is written in full. */
  public String compact(BigDecimal value, String unit) {
    if (isPercent(unit)) return percentOf(value.movePointLeft(2), digits(value, 1));
    Currency c = currency(unit);
    // JDK 17's compact format ignores fraction digits for BigDecimal; one decimal place of a
    // double is exact enough for "3.2 million".
    Formats f = formats.get();
    String s =
        value.abs().compareTo(BigDecimal.valueOf(1000)) < 0
            ? null
            : CompactNumbers.format(f.compact, value.abs().doubleValue(), f.reading);
    if (s == null) return c == null ? number(value) : money(value, c);
    return c == null ? signed(value, s) : compactMoney(value, c, s);
  }

  /** A compact magnitude with the locale's own minus sign in front when negative. */
  private String signed(BigDecimal value, String magnitude) {
    if (value.signum() >= 0) return magnitude;
    DecimalFormat f = (DecimalFormat) formats.get().number;
    return f.getNegativePrefix() + magnitude + f.getNegativeSuffix();
  }

  /** A compact magnitude inside the locale's currency affixes: "-$3.2 million", "3,2 Mio. $". */
  private String compactMoney(BigDecimal value, Currency c, String magnitude) {
    DecimalFormat f = (DecimalFormat) formats.get().currency;
    f.setCurrency(c);
    return value.signum() < 0
        ? f.getNegativePrefix() + magnitude + f.getNegativeSuffix()
        : f.getPositivePrefix() + magnitude + f.getPositiveSuffix();
  }

  private String percentOf(BigDecimal ratio, int fractionDigits) {
    NumberFormat f = formats.get().percent;
    f.setMaximumFractionDigits(Math.max(0, fractionDigits));
    return f.format(ratio);
  }

  private String money(BigDecimal value, Currency c) {
    NumberFormat f = formats.get().currency;
    f.setCurrency(c);
    int digits = value.stripTrailingZeros().scale() <= 0 ? 0 : c.getDefaultFractionDigits();
    // Less than a cent is shown to its own digits, never as "$0.00".
    if (value.signum() != 0 && value.setScale(digits, RoundingMode.HALF_UP).signum() == 0) {
      digits = Decimals.toShow(value, digits);
    }
    f.setMinimumFractionDigits(digits);
    f.setMaximumFractionDigits(digits);
    return f.format(value);
  }

  /** Whether a fact of this unit may use the percent format: a percentage, or a bare ratio. */
  public static boolean takesPercent(String unit) {
    return unit == null || unit.isBlank() || isPercent(unit);
  }

  private static boolean isPercent(String unit) {
    return "percent".equals(unit) || "%".equals(unit);
  }

  /** An ISO 4217 code written in lower or upper case, such as usd, eur, pkr, afn. */
  static Currency currency(String unit) {
    if (unit == null || !unit.matches("[A-Za-z]{3}")) return null;
    try {
      return Currency.getInstance(unit.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
