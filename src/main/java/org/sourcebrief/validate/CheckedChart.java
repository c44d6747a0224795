package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebrief.content.ChartType;
import org.sourcebrief.diag.SourcePosition;

/**
 * A chart whose every point has a value and a source: from a fact (whose sources it takes) or from
 * a sourced table.
 *
 * @param sources every source behind the chart, in order of first appearance
 */
public record CheckedChart(
    String id,
    SourcePosition position,
    ChartType type,
    String title,
    String alt,
    String yLabel,
    List<String> categories,
    List<Series> series,
    List<String> sources,
    String unit,
    String note) {

  /** The facts behind the chart's points, each once, in the order they first appear. */
  public List<String> facts() {
    return series.stream()
        .flatMap(s -> s.facts().stream())
        .filter(java.util.Objects::nonNull)
        .distinct()
        .toList();
  }

  /** {@code facts.get(i)} is the fact behind {@code values.get(i)}, or null for a table cell. */
  public record Series(String name, List<BigDecimal> values, List<String> facts) {}
}
