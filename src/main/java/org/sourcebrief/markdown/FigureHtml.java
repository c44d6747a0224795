package org.sourcebrief.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcebrief.chart.RenderedChart;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;

/**
 * The HTML of a chart in a page: the image, then a caption holding the title, the footnoted source
 * line, the data table behind it (values formatted and footnoted) and the downloads.
 *
 * <p>The chart is an {@code <img>} of its SVG rather than inline SVG: the image is fetched once and
 * cached across every page that shows it, lazily below the fold, and keeps the page's HTML small on
 * slow networks.
 */
final class FigureHtml {
  private final CheckedContent content;
  private final ValueFormatter values;
  private final Map<String, RenderedChart> rendered;

  FigureHtml(CheckedContent content, ValueFormatter values, Map<String, RenderedChart> rendered) {
    this.content = content;
    this.values = values;
    this.rendered = rendered;
  }

  /** {@code standalone} is true on the figure's own page, which needs no link to itself. */
  String html(CheckedChart c, PageNotes notes, String root, boolean standalone) {
    return html(c, notes, root, standalone, 1);
  }

  /** {@code occurrence} counts the chart's appearances on the page; a repeat gets "fig-id-2". */
  String html(CheckedChart c, PageNotes notes, String root, boolean standalone, int occurrence) {
    String base = root + "figures/" + c.id();
    StringBuilder out = new StringBuilder();
    out.append("<figure id=\"fig-")
        .append(c.id())
        .append(occurrence > 1 ? "-" + occurrence : "")
        .append("\" class=\"chart\">\n");
    out.append(image(c, base)).append('\n');
    out.append("<figcaption><span class=\"chart-title\">")
        .append(Html.escape(c.title()))
        .append("</span> <span class=\"chart-source\">")
        .append(Html.escape(content.sourceLine(c.sources())))
        .append(markers(c.sources(), notes))
        .append("</span>\n");
    out.append(table(c, notes));
    out.append("<p class=\"downloads\">Download <a href=\"")
        .append(base)
        .append(".svg\">SVG</a>")
        .append(" · <a href=\"")
        .append(base)
        .append(".png\">PNG</a>")
        .append(" · <a href=\"")
        .append(base)
        .append(".csv\">CSV</a>");
    if (!standalone) {
      out.append(" · <a href=\"").append(base).append("/\">About this figure</a>");
    }
    return out.append("</p>\n</figcaption>\n</figure>\n").toString();
  }

  private String image(CheckedChart c, String base) {
    RenderedChart r = rendered.get(c.id());
    int[] size = r == null ? new int[] {800, 500} : r.size();
    return "<img src=\""
        + base
        + ".svg\" alt=\""
        + Html.escape(c.alt())
        + "\" width=\""
        + size[0]
        + "\" height=\""
        + size[1]
        + "\" loading=\"lazy\" decoding=\"async\">";
  }

  private String table(CheckedChart c, PageNotes notes) {
    StringBuilder out =
        new StringBuilder("<details class=\"chart-data\">\n<summary>Data table</summary>\n");
    out.append("<table>\n<thead>\n<tr><td></td>");
    for (CheckedChart.Series s : c.series()) {
      out.append("<th scope=\"col\">").append(Html.escape(s.name())).append("</th>");
    }
    out.append("</tr>\n</thead>\n<tbody>\n");
    for (int i = 0; i < c.categories().size(); i++) {
      out.append("<tr><th scope=\"row\">")
          .append(Html.escape(c.categories().get(i)))
          .append("</th>");
      for (CheckedChart.Series s : c.series())
        out.append("<td>").append(cell(c, s, i, notes)).append("</td>");
      out.append("</tr>\n");
    }
    return out.append("</tbody>\n</table>\n</details>\n").toString();
  }

  private String cell(CheckedChart c, CheckedChart.Series s, int i, PageNotes notes) {
    BigDecimal v = s.values().get(i);
    String fact = s.facts().get(i);
    String text =
        fact == null
            ? values.number(v)
            : values.format(v, content.facts().get(fact).fact().unit(), false, "number");
    String markers = fact == null ? "" : markers(content.facts().get(fact).sources(), notes);
    return "<data value=\"" + v.toPlainString() + "\">" + Html.escape(text) + "</data>" + markers;
  }

  private static String markers(List<String> sources, PageNotes notes) {
    List<PageNotes.Marker> ms = new ArrayList<>();
    for (String s : sources) ms.add(notes.cite(PageNotes.Kind.SOURCE, s));
    return ReferenceResolver.sup(ms);
  }
}
