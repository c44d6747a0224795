package org.sourcebrief.text;

import java.math.BigDecimal;
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
    return format(compact, value, null);
  }

  /**
   * {@link #format(NumberFormat, double)} made faster by {@code reading}, which belongs to {@code
   * compact} (one per format and thread); null reads every text with the JDK's parse.
   */
  public static String format(NumberFormat compact, double value, Reading reading) {
    if (!(Math.abs(value) < BEYOND_UNITS)) return null;
    String s = compact.format(value);
    double back = reading == null ? read(compact, s) : reading.back(compact, s, value);
    double shown = close(back, value);
    if (Math.abs(shown) >= BEYOND_UNITS) return null;
    // Written back from the value it shows, "1000 million" becomes "1 billion".
    return singular(shown == value ? s : compact.format(shown));
  }

  /**
   * What compact texts read back as, found without the JDK's compact parse where it can be (that
   * parse builds regular expressions for every text, and costs more than the rest of a fact's
   * footnote). A text's digits times the unit of its power of ten ("3.2" × 10^6 for "3.2 million")
   * is what the parse returns, as long as rounding did not carry the value into the next power of
   * ten; the unit is read once per power of ten with the parse itself. Values that may carry, and
   * texts whose digits cannot be read, go through the parse. Not to be shared between threads.
   */
  public static final class Reading {
    /**
     * Leading digits whose texts must all carry the same words: the forms plural rules tell apart
     * (one, two, few, many, other, a fraction), and values just off a whole number, which the JDK
     * sets in another plural than the rounded number it shows.
     */
    private static final double[] LEADING_SAMPLES = {
      1, 2, 3, 5, 1.5, 3.5, 9, 1.0000001, 2.0000001, 5.0000001, 8.1499999
    };

    private final char decimalSeparator;
    private final Map<Integer, Double> units = new HashMap<>();
    private final Map<String, Double> texts = new HashMap<>();

    /** For formats of {@code locale}'s digits and decimal separator. */
    public Reading(Locale locale) {
      this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
    }

    double back(NumberFormat compact, String text, double value) {
      if (texts.size() >= READ_BACK_KEPT) texts.clear();
      Double known = texts.get(text);
      if (known != null) return known;
      double back = Double.NaN;
      if (cannotCarry(value)) {
        int power = (int) Math.floor(Math.log10(Math.abs(value)));
        double unit = units.computeIfAbsent(power, p -> unit(compact, p));
        BigDecimal digits = digits(text);
        if (!Double.isNaN(unit) && digits != null) {
          back = digits.multiply(BigDecimal.valueOf(unit)).doubleValue();
        }
      }
      if (Double.isNaN(back)) back = read(compact, text);
      texts.put(text, back);
      return back;
    }

    /** The unit texts of values from 10^power show their digits in; NaN if it cannot be read. */
    private double unit(NumberFormat compact, int power) {
      double sampled = 1.5 * Math.pow(10, power);
      String sample = compact.format(sampled);
      BigDecimal digits = digits(sample);
      double back = read(compact, sample);
      // Where the words change with the number (German "1 Milliarde", "2 Milliarden"; the JDK
      // picks them from the unrounded value) or the JDK cannot read its own text back (French
      // "15 million" reads as 15), every text of this power of ten goes through the parse.
      if (digits == null || digits.signum() == 0 || close(back, sampled) != back) {
        return Double.NaN;
      }
      String words = words(sample);
      for (double leading : LEADING_SAMPLES) {
        if (!words.equals(words(compact.format(leading * Math.pow(10, power))))) return Double.NaN;
      }
      double unit = back / digits.doubleValue();
      double exponent = Math.rint(Math.log10(unit));
      return exponent >= 0 && unit == Math.pow(10, exponent) ? unit : Double.NaN;
    }

    /** The text without its digits and decimal separator: its unit words. */
    private String words(String text) {
      StringBuilder w = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.digit(c, 10) < 0 && c != decimalSeparator) w.append(c);
      }
      return w.toString();
    }

    /** The number a text's digits and decimal separator make, or null if it has none. */
    private BigDecimal digits(String text) {
      StringBuilder n = new StringBuilder();
      boolean point = false;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        int d = Character.digit(c, 10);
        if (d >= 0) {
          n.append((char) ('0' + d));
        } else if (c == decimalSeparator && !point && n.length() > 0) {
          n.append('.');
          point = true;
        }
      }
      return n.length() == 0 || n.charAt(n.length() - 1) == '.'
          ? null
          : new BigDecimal(n.toString());
    }
  }

  /**
   * True when rounding cannot carry {@code value} into the next power of ten: a compact form rounds
   * to a step of at most the value's own power of ten, so a carry needs leading digits of at least
   * 9.5; below 9.4 (a margin for the floating-point arithmetic here) there is none.
   */
  static boolean cannotCarry(double value) {
    double a = Math.abs(value);
    if (!(a >= 1)) return false;
    double leading = a / Math.pow(10, Math.floor(Math.log10(a)));
    return leading >= 1 && leading < 9.4;
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
