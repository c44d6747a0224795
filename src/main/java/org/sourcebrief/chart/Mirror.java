package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The category order of a right-to-left chart: the first category is drawn at the right. */
final class Mirror {

  private Mirror() {}

  /** {@code d} with its categories, and every series' values with them, in reverse order. */
  static ChartData categories(ChartData d) {
    List<ChartData.Series> series = new ArrayList<>();
    for (ChartData.Series s : d.series()) {
      List<BigDecimal> values = new ArrayList<>(s.values());
      // A short series has no value for its last categories; pad it before turning it round.
      while (values.size() < d.categories().size()) values.add(null);
      series.add(new ChartData.Series(s.name(), reversed(values)));
    }
    return new ChartData(
        d.id(),
        d.type(),
        d.title(),
        d.alt(),
        d.yLabel(),
        reversed(d.categories()),
        series,
        d.sourceLine(),
        d.siteName(),
        d.locale());
  }

  private static <T> List<T> reversed(List<T> list) {
    List<T> out = new ArrayList<>(list);
    Collections.reverse(out);
    return out;
  }
}
