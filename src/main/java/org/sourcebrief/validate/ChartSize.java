package org.sourcebrief.validate;

import java.util.Locale;
import org.sourcebrief.content.ChartSpec;
import org.sourcebrief.content.ChartType;
import org.sourcebrief.diag.Diagnostics;

/**
 * Rule: a chart holds no more points than a figure of its type can show ({@link
 * ChartType#maxPoints()}). A dense line or area chart is thinned for drawing (its table and CSV
 * keep every point), but beyond these sizes it would only cost minutes and megabytes to draw what
 * no reader can tell apart.
 */
final class ChartSize {
  private ChartSize() {}

  /** Whether a chart of this type may have this many points; reports it when not. */
  static boolean fits(ChartSpec c, ChartType type, int points, Diagnostics d) {
    if (points <= type.maxPoints()) return true;
    d.error(
        "chart-too-many-points",
        c.position(),
        String.format(
            Locale.ROOT,
            "chart '%s' has %,d %s; a %s chart shows at most %,d",
            c.id(),
            points,
            type.pointsWord(),
            type.words(),
            type.maxPoints()),
        type.fewerPointsHint());
    return false;
  }
}
