package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.sourcebrief.content.ChartType;

/**
 * Everything that shapes one rendered chart, already checked and resolved: the values come from
 * facts or sourced tables, the source line names where they come from. Two equal ChartData give
 * byte-identical images.
 *
 * @param id the chart id; also the prefix of every id inside its SVG
 * @param categories the x-axis labels (bar, line, area) or slice labels (donut), in order
 * @param series one or more series, each with one value per category (donut: exactly one)
 * @param sourceLine e.g. "Source: United Nations, via News report, Kabul dateline"
 * @param siteName the site's title, baked into the PNG
 */
public record ChartData(
    String id,
    ChartType type,
    String title,
    String alt,
    String yLabel,
    List<String> categories,
    List<Series> series,
    String sourceLine,
    String siteName,
    Locale locale) {

  /** One named series; {@code values.get(i)} belongs to {@code categories.get(i)}. */
  public record Series(String name, List<BigDecimal> values) {}
}
