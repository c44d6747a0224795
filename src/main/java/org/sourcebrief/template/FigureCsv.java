package org.sourcebrief.template;

import org.sourcebrief.markdown.Citations;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;

/**
 * A chart's data as CSV (RFC 4180), opened by comment lines that name the chart, its sources and
 * where it is published, so the numbers never travel without their provenance. Text is written so
 * that a spreadsheet shows it and never runs it (see {@link CsvRow}).
 */
final class FigureCsv {
  private FigureCsv() {}

  static String csv(
      CheckedChart c, CheckedContent content, Citations citations, Words words, String url) {
    StringBuilder out = new StringBuilder();
    out.append(CsvRow.comment(c.title()));
    for (String id : c.sources()) {
      out.append(
          CsvRow.comment(
              words.get("figure.csv-source", citations.text(content.sources().get(id)))));
    }
    out.append(CsvRow.comment(words.get("figure.csv-published", url)));
    new CsvRow()
        .text(words.get("figure.csv-label"))
        .texts(c.series().stream().map(CheckedChart.Series::name).toList())
        .appendTo(out);
    for (int i = 0; i < c.categories().size(); i++) {
      CsvRow row = new CsvRow().text(c.categories().get(i));
      for (CheckedChart.Series s : c.series()) row.number(s.values().get(i));
      row.appendTo(out);
    }
    return out.toString();
  }
}
