package org.sourcebrief.chart;

import java.util.List;

/**
 * The value axis: from zero (or the lowest negative value) to a round number above the highest
 * value, so the tallest bar ends under a labelled grid line instead of above the last one.
 */
record YRange(double min, double max) {

  static YRange of(ChartData d) {
    double lo = 0;
    double hi = 0;
    boolean stacked = "stacked_bar".equals(d.type());
    List<List<Number>> plotted = XChartSetup.plotted(d);
    double[] positive = new double[d.categories().size()];
    double[] negative = new double[d.categories().size()];
    for (List<Number> series : plotted) {
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
    if (hi == lo) {
      hi = lo + 1;
    }
    double step = niceStep((hi - lo) / 5);
    return new YRange(Math.floor(lo / step) * step, Math.ceil(hi / step) * step);
  }

  /** 1, 2, 2.5 or 5 times a power of ten, at least {@code rough}. */
  static double niceStep(double rough) {
    double power = Math.pow(10, Math.floor(Math.log10(rough)));
    for (double m : new double[] {1, 2, 2.5, 5, 10}) {
      if (m * power >= rough * (1 - 1e-9)) {
        return m * power;
      }
    }
    return 10 * power;
  }
}
