package org.sourcebrief.chart;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * Thins a dense line or area chart for drawing. A plot about 500 pixels wide cannot show more than
 * a few hundred points apart, and drawing ten thousand costs seconds and megabytes. So the points
 * are grouped into runs along the x-axis and each run keeps its first point, the highest and lowest
 * point of every series and its first gap: the shape, every peak and trough, and with them the
 * value range of the full data survive. The figure's data table and CSV keep every point.
 */
final class DenseSeries {
  /** Line and area charts with more points than this are thinned for drawing. */
  static final int MAX_DRAWN = 400;

  /** Above this many points a line is drawn without markers: they would only blot it. */
  static final int MAX_MARKED = 60;

  private DenseSeries() {}

  /** {@code d} itself, or for a dense line or area chart, the points worth drawing. */
  static ChartData forDrawing(ChartData d) {
    if (!d.type().continuous() || d.categories().size() <= MAX_DRAWN) return d;
    TreeSet<Integer> keep = kept(XChartSetup.plotted(d), d.categories().size());
    List<String> categories = new ArrayList<>(keep.size());
    for (int i : keep) categories.add(d.categories().get(i));
    List<ChartData.Series> series = new ArrayList<>();
    for (ChartData.Series s : d.series()) series.add(s.picked(List.copyOf(keep)));
    return d.with(categories, series);
  }

  /** The indexes to draw: per run, its first and each series' lowest and highest; and the last. */
  private static TreeSet<Integer> kept(List<List<Number>> plotted, int n) {
    int runs = Math.max(1, MAX_DRAWN / (1 + 2 * plotted.size()));
    TreeSet<Integer> keep = new TreeSet<>();
    for (int r = 0; r < runs; r++) {
      int from = (int) ((long) n * r / runs);
      int to = (int) ((long) n * (r + 1) / runs);
      keep.add(from);
      for (List<Number> s : plotted) extremes(s, from, to, keep);
    }
    keep.add(n - 1);
    return keep;
  }

  private static void extremes(List<Number> s, int from, int to, TreeSet<Integer> keep) {
    int low = -1;
    int high = -1;
    int gap = -1;
    for (int i = from; i < to && i < s.size(); i++) {
      if (s.get(i) == null) {
        // A missing value breaks the line; one kept null keeps the break.
        if (gap < 0) gap = i;
        continue;
      }
      double v = s.get(i).doubleValue();
      if (low < 0 || v < s.get(low).doubleValue()) low = i;
      if (high < 0 || v > s.get(high).doubleValue()) high = i;
    }
    if (low >= 0) keep.add(low);
    if (high >= 0) keep.add(high);
    if (gap >= 0) keep.add(gap);
  }
}
