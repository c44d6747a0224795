package org.sourcebrief.chart;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The category order of a right-to-left chart: the first category is drawn at the right. */
final class Mirror {

  private Mirror() {}

  /** {@code d} with its categories, and every series' points with them, in reverse order. */
  static ChartData categories(ChartData d) {
    List<Integer> order = new ArrayList<>();
    // A short series has no value for its last categories; picking pads it with nulls.
    for (int i = d.categories().size() - 1; i >= 0; i--) order.add(i);
    List<ChartData.Series> series = new ArrayList<>();
    for (ChartData.Series s : d.series()) series.add(s.picked(order));
    return d.with(reversed(d.categories()), series);
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    Collections.reverse(out);
    return out;
  }
}
