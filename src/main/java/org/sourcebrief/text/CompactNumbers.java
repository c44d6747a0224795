package org.sourcebrief.text;

import java.text.CompactNumberFormat;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.text.ParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The locale's compact form ("3.2 million", "1,3 Mio.", "۳٫۲ میلیون"), made safe for the two places
 * where the JDK's compact format goes wrong: a value that rounds up into the next unit ("1000
 * million") and a value beyond the largest unit ("12345678.9 trillion").
 */
public final class CompactNumbers {
  /**
   * CLDR's compact patterns end at hundreds of trillions (10^14); from 10^15 a value is written in
   * full instead.
   */
  private static final double BEYOND_UNITS = 1e15;

  /**
   * Scale words for languages whose CLDR data in the JDK has none, so that the root's "3.2M" would
   * show instead: the words for thousand, million, billion and trillion as written after a number
   * other than one ("۳٫۲ میلیونه"), then as written after one ("۱ میلیون").
   */
  private static final Map<String, List<String>> OWN_WORDS =
      Map.of(
          "ps",
          List.of("زره", "میلیونه", "میلیارده", "ټریلیونه", "زر", "میلیون", "میلیارد", "ټریلیون"));

  private CompactNumbers() {}

  /**
   * A new compact format with the locale's scale words and digits. Not to be shared between
   * threads.
   */
  public static NumberFormat of(Locale locale, NumberFormat.Style style) {
    List<String> own = OWN_WORDS.get(locale.getLanguage());
    if (own == null) return NumberFormat.getCompactNumberInstance(locale, style);
    String decimal = ((DecimalFormat) NumberFormat.getNumberInstance(locale)).toPattern();
    return new CompactNumberFormat(
        decimal, DecimalFormatSymbols.getInstance(locale), patterns(own.subList(0, 4)));
  }

  /** The compact form of {@code value}, or null when it lies beyond the largest unit. */
  public static String format(NumberFormat compact, double value) {
    return format(compact, value, new HashMap<>());
  }

  /**
   * {@link #format(NumberFormat, double)}, keeping in {@code readBack} the value each text reads
   * back as: reading is slow (the JDK's compact parse builds regular expressions for every text)
   * and many values share a text ("3.2 million"). The map belongs to {@code compact}: one map per
   * format, never shared between threads.
   */
  public static String format(NumberFormat compact, double value, Map<String, Double> readBack) {
    if (!(Math.abs(value) < BEYOND_UNITS)) return null;
    String s = compact.format(value);
    if (readBack.size() >= READ_BACK_KEPT) readBack.clear();
    double shown = close(readBack.computeIfAbsent(s, t -> read(compact, t)), value);
    if (Math.abs(shown) >= BEYOND_UNITS) return null;
    // Written back from the value it shows, "1000 million" becomes "1 billion".
    return singular(shown == value ? s : compact.format(shown));
  }

  /** Texts whose reading is kept per format; beyond it the memo starts again. */
  private static final int READ_BACK_KEPT = 20_000;

  /** The value a compact text reads back as; NaN when it does not read back. */
  private static double read(NumberFormat compact, String text) {
    try {
      return compact.parse(text).doubleValue();
    } catch (ParseException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The value read back when it is near {@code value}, else {@code value} itself. */
  private static double close(double back, double value) {
    return Math.abs(back - value) <= Math.abs(value) * 0.1 ? back : value;
  }

  /**
   * Fifteen patterns, 10^0 to 10^14. Plural forms are not left to the JDK's plural rules, which
   * pick the wrong form from a billion up (JDK 17), but set right by {@link #singular}.
   */
  private static String[] patterns(List<String> scales) {
    String[] out = new String[15];
    out[0] = out[1] = out[2] = "";
    for (int i = 3; i < 15; i++) {
      out[i] = "0".repeat(i % 3 + 1) + "' '" + scales.get(i / 3 - 1);
    }
    return out;
  }

  /** "۱ میلیونه" becomes "۱ میلیون": the singular after a lone digit one. */
  private static String singular(String s) {
    if (s == null || s.codePoints().filter(Character::isDigit).count() != 1) return s;
    int one = s.codePoints().filter(Character::isDigit).findFirst().getAsInt();
    if (Character.digit(one, 10) != 1) return s;
    for (List<String> words : OWN_WORDS.values()) {
      for (int i = 0; i < 4; i++) {
        if (s.endsWith(" " + words.get(i))) {
          return s.substring(0, s.length() - words.get(i).length()) + words.get(i + 4);
        }
      }
    }
    return s;
  }
}
