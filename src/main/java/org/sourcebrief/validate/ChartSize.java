package org.sourcebrief.validate;

import java.util.Locale;
import org.sourcebrief.content.ChartSpec;
import org.sourcebrief.diag.Diagnostics;

/**
 * Rule: a chart holds no more points than a figure can show. A dense line or area chart is thinned
 * for drawing (its table and CSV keep every point), but beyond these sizes it would only cost
 * minutes and megabytes to draw what no reader can tell apart.
 */
final class ChartSize {
  /** Points of a line or area chart. */
  static final int MAX_POINTS = 10_000;

  /** Bars of a bar or stacked bar chart: beyond this a bar is narrower than a pixel. */
  static final int MAX_BARS = 250;

  /** Slices of a donut. */
  static final int MAX_SLICES = 100;

  private ChartSize() {}

  /** Whether a chart of this type may have this many points; reports it when not. */
  static boolean fits(ChartSpec c, String type, int points, Diagnostics d) {
    int max = max(type);
    if (points <= max) return true;
    d.error(
        "chart-too-many-points",
        c.position(),
        String.format(
            Locale.ROOT,
            "chart '%s' has %,d %s; a %s chart shows at most %,d",
            c.id(),
            points,
            "donut".equals(type) ? "slices" : "points",
            type.replace('_', ' '),
            max),
        hint(type));
    return false;
  }

  private static int max(String type) {
    return switch (type) {
      case "line", "area" -> MAX_POINTS;
      case "donut" -> MAX_SLICES;
      default -> MAX_BARS;
    };
  }

  private static String hint(String type) {
    return switch (type) {
      case "line", "area" -> "summarise the rows (by week or month, say) or split the chart";
      case "donut" -> "group the smallest slices into one, such as \"Other\"";
      default -> "show fewer bars, or draw a long series as a line chart";
    };
  }
}
