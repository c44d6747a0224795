package org.sourcebrief.markdown;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcebrief.chart.RenderedChart;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;

/**
 * What a chart in a page holds: the image, then a caption with the title, the footnoted source
 * line, the data table behind it (values formatted and footnoted) and the downloads. The theme's
 * figure partial writes it.
 *
 * <p>The chart is a {@code <picture>} of its two SVGs (the phone layout for narrow screens) rather
 * than inline SVG: the image is fetched once and cached across every page that shows it, lazily
 * below the fold, and keeps the page's HTML small on slow networks.
 */
final class FigureHtml {
  private final CheckedContent content;
  private final ValueFormatter values;
  private final Credits credits;
  private final Markup markup;
  private final Map<String, RenderedChart> rendered;

  FigureHtml(
      CheckedContent content,
      ValueFormatter values,
      Credits credits,
      Markup markup,
      Map<String, RenderedChart> rendered) {
    this.content = content;
    this.values = values;
    this.credits = credits;
    this.markup = markup;
    this.rendered = rendered;
  }

  /** Where a figure is shown, which decides what goes with it. */
  enum Place {
    /** In a narrative: with a link to the figure's own page. */
    NARRATIVE,
    /** On its own page, which needs no link to itself. */
    OWN_PAGE,
    /** Inside another site's page: the chart, title and sources, and a link back. */
    EMBED
  }

  String html(CheckedChart c, PageNotes notes, String root, Place place) {
    return html(c, notes, root, place, 1);
  }

  /** {@code occurrence} counts the chart's appearances on the page; a repeat gets "fig-id-2". */
  String html(CheckedChart c, PageNotes notes, String root, Place place, int occurrence) {
    PathPlan paths = content.paths();
    RenderedChart r = rendered.get(c.id());
    int[] size = r == null ? new int[] {800, 500} : r.size();
    int[] narrow = r == null ? new int[] {360, 440} : r.narrowSize();
    // The source line's markers come first, as the reader meets them, then the table's.
    String sourceMarkers = markers(c.sources(), notes);
    List<Markup.Row> rows = new ArrayList<>();
    // An embedded figure has no data table, so its cells cite nothing there.
    for (int i = 0; place != Place.EMBED && i < c.categories().size(); i++) {
      List<String> cells = new ArrayList<>();
      for (CheckedChart.Series s : c.series()) cells.add(cell(c, s, i, notes));
      rows.add(new Markup.Row(c.categories().get(i), cells));
    }
    return markup.figure(
        new Markup.Figure(
            "fig-" + c.id() + (occurrence > 1 ? "-" + occurrence : ""),
            paths.href(root, paths.chartFile(c.id(), "svg")),
            paths.href(root, paths.chartFile(c.id(), "png")),
            paths.href(root, paths.chartFile(c.id(), "csv")),
            c.alt(),
            size[0],
            size[1],
            paths.href(root, paths.narrowChartFile(c.id())),
            narrow[0],
            narrow[1],
            c.title(),
            content.sourceLine(c.sources(), credits),
            sourceMarkers,
            c.series().stream().map(CheckedChart.Series::name).toList(),
            rows,
            place == Place.OWN_PAGE ? "" : paths.href(root, paths.figure(c.id())),
            place == Place.EMBED));
  }

  private String cell(CheckedChart c, CheckedChart.Series s, int i, PageNotes notes) {
    BigDecimal v = s.values().get(i);
    String fact = s.facts().get(i);
    String text =
        fact == null
            ? values.number(v)
            : values.format(v, content.facts().get(fact).fact().unit(), false, "number");
    String markers = fact == null ? "" : markers(content.facts().get(fact).sources(), notes);
    return markup.value(new Markup.Value(v.toPlainString(), text)) + markers;
  }

  private String markers(List<String> sources, PageNotes notes) {
    List<PageNotes.Marker> ms = new ArrayList<>();
    for (String s : sources) ms.add(notes.cite(PageNotes.Kind.SOURCE, s));
    return PageNotes.html(ms, markup);
  }
}
