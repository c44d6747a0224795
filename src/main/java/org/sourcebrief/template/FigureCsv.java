package org.sourcebrief.template;

import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;

/**
 * A chart's data as a plain CSV table (RFC 4180): a header row, then one row per category. Its
 * title, sources and address travel in the Data Package beside it ({@link DataPackages}), so the
 * table opens cleanly in a spreadsheet or a script. Text is written so that a spreadsheet shows it
 * and never runs it (see {@link CsvRow}).
 */
final class FigureCsv {
  private FigureCsv() {}

  static String csv(CheckedChart c, Words words) {
    StringBuilder out = new StringBuilder();
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
