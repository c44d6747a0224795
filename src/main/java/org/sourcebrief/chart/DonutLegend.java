package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value under each name in a donut's legend, "1.3M (48%)", formatted in the chart's locale
 * (XChart's own slice labels would use the JVM default locale); the shares add up to 100%.
 */
final class DonutLegend {

  private DonutLegend() {}

  static List<String> details(ChartData d) {
    NumberLabels numbers = new NumberLabels(d.locale());
    List<BigDecimal> values = d.series().get(0).values();
    int[] shares = Shares.of(values);
    boolean whole = java.util.Arrays.stream(shares).sum() == 100;
    List<String> out = new ArrayList<>(values.size());
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      double v = value == null ? 0 : value.doubleValue();
      boolean some = value != null && value.signum() > 0;
      String share = whole ? " (" + numbers.share(shares[i], some) + ")" : "";
      out.add(numbers.compact(v) + share);
    }
    return out;
  }
}
