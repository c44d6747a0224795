package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * The value under each name in a donut's legend, "about 1.3 million (48%)": written as the page's
 * prose writes it where the chart has that text, else short ("1.3M") in the chart's locale
 * (XChart's own slice labels would use the JVM default locale); the shares add up to 100%. A
 * calculated slice says so: "about 1 million (32%) · calculated".
 */
final class DonutLegend {

  private DonutLegend() {}

  static List<String> details(ChartData d) {
    NumberLabels numbers = new NumberLabels(d.locale());
    List<BigDecimal> values = d.series().get(0).values();
    int[] shares = Shares.of(values);
    boolean whole = java.util.Arrays.stream(shares).sum() == 100;
    List<String> out = new ArrayList<>(values.size());
    ChartData.Series series = d.series().get(0);
    for (int i = 0; i < values.size(); i++) {
      BigDecimal value = values.get(i);
      double v = value == null ? 0 : value.doubleValue();
      boolean some = value != null && value.signum() > 0;
      String share = whole ? " (" + numbers.share(shares[i], some) + ")" : "";
      String text = series.text(i) == null ? numbers.compact(v) : series.text(i);
      String calculated = series.isDerived(i) ? " \u00b7 " + d.calculated() : "";
      out.add(text + share + calculated);
    }
    return out;
  }
}
