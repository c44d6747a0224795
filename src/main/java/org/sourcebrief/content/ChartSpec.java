package org.sourcebrief.content;

import java.util.List;
import org.sourcebrief.diag.SourcePosition;

/**
 * A chart as written in {@code content/charts/*.yaml}: its points come either from facts ({@code
 * series}) or from a {@code table} that carries its own source.
 *
 * @param type null when the type written is not one there is, which is reported when loading; a
 *     chart without a type is reported too, and is checked as a bar chart
 */
public record ChartSpec(
    String id,
    SourcePosition position,
    ChartType type,
    String title,
    String alt,
    String yLabel,
    List<SeriesSpec> series,
    TableSpec table,
    String note,
    List<Translation> translations) {

  /** A named series of points, each naming a fact. */
  public record SeriesSpec(String name, SourcePosition position, List<PointSpec> points) {}

  /** One bar, slice or point: its label and the fact that gives its value. */
  public record PointSpec(String label, Ref fact, SourcePosition position) {}

  /** Rows of values with their own source; the first column is the x label. */
  public record TableSpec(
      Ref source, SourcePosition position, List<String> columns, List<List<Cell>> rows) {}

  /** One table cell as written. */
  public record Cell(String text, SourcePosition position) {}
}
