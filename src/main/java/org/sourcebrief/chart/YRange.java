package org.sourcebrief.chart;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.internal.chartpart.Chart;
import org.sourcebrief.chart.svg.SvgCanvas;

/**
 * The value axis: from zero (or below the lowest negative value) to just above the highest value,
 * ending on a labelled grid line, so the tallest bar never pokes above the last line and no empty
 * band sits above it.
 */
record YRange(double min, double max) {

  /** Zero to the data's extremes; stacked bars and areas count their totals. */
  static YRange ofData(ChartData d) {
    double lo = 0;
    double hi = 0;
    // Running totals are plotted as such; stacked bars are totalled here.
    boolean stacked = d.type().stacked() && !XChartSetup.runningTotals(d);
    double[] positive = new double[d.categories().size()];
    double[] negative = new double[d.categories().size()];
    for (List<Number> series : XChartSetup.plotted(d)) {
      for (int c = 0; c < series.size(); c++) {
        Number n = series.get(c);
        if (n == null) {
          continue;
        }
        double v = n.doubleValue();
        if (stacked) {
          positive[c] += Math.max(v, 0);
          negative[c] += Math.min(v, 0);
          v = v >= 0 ? positive[c] : negative[c];
        }
        lo = Math.min(lo, v);
        hi = Math.max(hi, v);
      }
    }
    return hi == lo ? new YRange(lo, lo + 1) : new YRange(lo, hi);
  }

  /**
   * This range widened to the grid step XChart chose when it painted {@code chart} onto {@code
   * probe}. XChart picks its step from the range and the plot height and offers no way to ask for
   * it, so the step is read back from the grid lines it drew.
   */
  YRange snappedTo(Chart<?, ?> chart, SvgCanvas probe, YRange data) {
    double step = gridStep(chart, probe);
    if (!(step > 0)) {
      return this;
    }
    double lo = data.min() < 0 ? Math.floor(data.min() / step - 1e-9) * step : data.min();
    double hi = data.max() > 0 ? Math.ceil(data.max() / step - 1e-9) * step : data.max();
    return new YRange(lo, hi);
  }

  private double gridStep(Chart<?, ?> chart, SvgCanvas probe) {
    double bottom = chart.getScreenYFromChart(min);
    double top = chart.getScreenYFromChart(max);
    List<Double> values = new ArrayList<>();
    for (SvgCanvas.Mark m : probe.marks()) {
      // XChart fills each grid line as the outline of its stroke: a 1 px high rectangle.
      Rectangle2D b = m.shape().getBounds2D();
      if (ChartStyle.GRID.equals(m.color())
          && b.getHeight() <= 2
          && b.getWidth() > 10 * b.getHeight()) {
        values.add(min + (bottom - b.getCenterY()) / (bottom - top) * (max - min));
      }
    }
    values.sort(null);
    if (values.size() < 2) {
      return Double.NaN;
    }
    return niceStep((values.get(values.size() - 1) - values.get(0)) / (values.size() - 1));
  }

  /** The 1, 2, 2.5 or 5 times a power of ten nearest to {@code rough}. */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    double best = power;
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (Math.abs(m * power - rough) < Math.abs(best - rough)) {
        best = m * power;
      }
    }
    return best;
  }

  /** This range with {@code share} of it added beyond the extreme that is furthest from zero. */
  YRange withHeadroom(double share) {
    double extra = (max - min) * share;
    return Math.abs(max) >= Math.abs(min)
        ? new YRange(min, max + extra)
        : new YRange(min - extra, max);
  }

  boolean sameAs(YRange o) {
    double eps = (max - min) * 1e-9;
    return Math.abs(min - o.min) <= eps && Math.abs(max - o.max) <= eps;
  }
}
