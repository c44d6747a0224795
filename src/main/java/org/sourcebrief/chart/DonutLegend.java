package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value under each name in a donut's legend, "1.3M (48%)", formatted in the chart's locale
 * (XChart's own slice labels would use the JVM default locale).
 */
final class DonutLegend {

  private DonutLegend() {}

  static List<String> details(ChartData d) {
    NumberLabels numbers = new NumberLabels(d.locale());
    List<BigDecimal> values = d.series().get(0).values();
    double total = 0;
    for (BigDecimal v : values) {
      total += v == null ? 0 : v.doubleValue();
    }
    List<String> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      double v = values.get(i) == null ? 0 : values.get(i).doubleValue();
      String share = total > 0 ? " (" + numbers.percent(v / total) + ")" : "";
      out.add(numbers.compact(v) + share);
    }
    return out;
  }
}
