package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.List;
import org.sourcebrief.markdown.Citations;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;

/**
 * A chart's data as CSV (RFC 4180), opened by comment lines that name the chart, its sources and
 * where it is published, so the numbers never travel without their provenance.
 */
final class FigureCsv {
  private FigureCsv() {}

  static String csv(CheckedChart c, CheckedContent content, Citations citations, String url) {
    StringBuilder out = new StringBuilder();
    out.append("# ").append(oneLine(c.title())).append("\r\n");
    for (String id : c.sources()) {
      out.append("# Source: ")
          .append(oneLine(citations.text(content.sources().get(id))))
          .append("\r\n");
    }
    out.append("# Published at ").append(url).append("\r\n");
    row(out, header(c));
    for (int i = 0; i < c.categories().size(); i++) {
      List<String> cells = new ArrayList<>(List.of(c.categories().get(i)));
      for (CheckedChart.Series s : c.series()) cells.add(s.values().get(i).toPlainString());
      row(out, cells);
    }
    return out.toString();
  }

  private static List<String> header(CheckedChart c) {
    List<String> h = new ArrayList<>(List.of("label"));
    c.series().forEach(s -> h.add(s.name()));
    return h;
  }

  static void row(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) out.append(',');
      out.append(quote(cells.get(i)));
    }
    out.append("\r\n");
  }

  static String quote(String s) {
    if (s.chars().noneMatch(c -> c == '"' || c == ',' || c == '\r' || c == '\n')) return s;
    return '"' + s.replace("\"", "\"\"") + '"';
  }

  private static String oneLine(String s) {
    return s.replaceAll("[\r\n]+", " ");
  }
}
