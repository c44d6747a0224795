package org.sourcebrief.chart;

import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sourcebrief.text.CompactNumbers;
import org.sourcebrief.text.Decimals;

/**
 * Numbers as a chart shows them, always in the site's locale, never the JVM default. Axis ticks and
 * donut values use the locale's short compact form ("1.3M", "1,3 Mio.", "200K"), which keeps a
 * million-scale axis narrow enough for a phone; exact values live in the figure's data table.
 *
 * <p>Not thread-safe (the JDK formats are not); make one per chart.
 */
final class NumberLabels {

  /**
   * Labels already written, by locale and value. XChart formats every candidate tick while it lays
   * out an axis, and a chart is laid out more than once; the JDK's compact parse behind each label
   * (see {@link CompactNumbers}) took most of the time a chart spent drawing. A label depends only
   * on its locale and value, so it is kept; the memo is emptied when it grows past a bound.
   */
  private static final Map<Key, String> MEMO = new ConcurrentHashMap<>();

  private static final int MEMO_LIMIT = 20_000;

  private record Key(Locale locale, double value) {}

  private final Locale locale;
  private final NumberFormat compact;
  private final NumberFormat full;
  private final NumberFormat percent;

  NumberLabels(Locale locale) {
    this.locale = locale;
    compact = NumberFormat.getCompactNumberInstance(locale, NumberFormat.Style.SHORT);
    compact.setGroupingUsed(true);
    compact.setMaximumFractionDigits(2);
    compact.setRoundingMode(RoundingMode.HALF_UP);
    full = NumberFormat.getNumberInstance(locale);
    full.setRoundingMode(RoundingMode.HALF_UP);
    percent = NumberFormat.getPercentInstance(locale);
    percent.setMaximumFractionDigits(0);
    percent.setRoundingMode(RoundingMode.HALF_UP);
  }

  Locale locale() {
    return locale;
  }

  /**
   * "1.3M" (en), "1,3 Mio." (de), "1,3 Mn" (tr); small numbers stay whole: "950"; a small fraction
   * keeps two significant digits ("0.00042"), and a value beyond the largest unit is written in
   * full.
   */
  String compact(double value) {
    // Ticks arrive as doubles like 1.2000000000000002E6; 0 must not read "-0".
    double cleaned = Math.abs(value) < 1e-9 ? 0 : value;
    Key key = new Key(locale, cleaned);
    String label = MEMO.get(key);
    if (label == null) {
      label = written(cleaned);
      if (MEMO.size() >= MEMO_LIMIT) MEMO.clear();
      MEMO.put(key, label);
    }
    return label;
  }

  private String written(double cleaned) {
    full.setMaximumFractionDigits(Decimals.toShow(cleaned, 2));
    if (Math.abs(cleaned) < 1) return full.format(cleaned);
    String s = CompactNumbers.format(compact, cleaned);
    return s != null ? s : full.format(cleaned);
  }

  /**
   * A whole-number percentage, as "48%" (en), "48 %" (de), "%48" (tr); a share rounded to 0 that is
   * not nothing reads "<1%".
   */
  String share(int percentage, boolean some) {
    if (percentage == 0 && some) return "<" + percent.format(0.01);
    return percent.format(percentage / 100.0);
  }
}
