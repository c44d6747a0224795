package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.PieChart;
import org.sourcebrief.content.ChartType;

/**
 * Lays out one chart in a width × height box on any Graphics2D (the SVG recorder or the PNG image):
 * the legend and the value-axis title above the plot, the XChart plot, the category labels below
 * it; for a donut, the ring with its legend beside it. A chart in a right-to-left language is the
 * mirror image: legend and axis title at the right, the value axis at the right, the first category
 * at the right, and a donut's legend at the left of its ring, which turns the other way.
 */
public final class ChartFrame {

  private static final float PAD = XChartSetup.PADDING;
  private static final float HEADER_GAP = 6;

  private ChartFrame() {}

  public static void paint(Graphics2D g, ChartData full, int width, int height) {
    ChartData d = DenseSeries.forDrawing(full);
    ChartFonts fonts = ChartFonts.of(d);
    g.setColor(ChartStyle.BACKGROUND);
    g.fillRect(0, 0, width, height);
    if (d.type().mark() == ChartType.Mark.SLICE) {
      paintDonut(g, d, fonts, width, height);
    } else {
      paintCategory(g, fonts.rightToLeft() ? Mirror.categories(d) : d, fonts, width, height);
    }
  }

  private static void paintCategory(
      Graphics2D g, ChartData d, ChartFonts fonts, int width, int height) {
    Font font = fonts.regular(ChartStyle.LABEL_SIZE);
    boolean rtl = fonts.rightToLeft();
    List<Legend.Entry> entries = entries(d);
    Legend legend = entries.isEmpty() ? null : Legend.rows(entries, font, width - 2 * PAD, rtl);
    List<TextLayout> yTitle =
        d.yLabel() == null || d.yLabel().isBlank()
            ? List.of()
            : TextLines.wrap(d.yLabel(), font, width - 2 * PAD, 1);
    float legendHeight = legend == null ? 0 : legend.height() + HEADER_GAP;
    float titleHeight = yTitle.isEmpty() ? 0 : TextLines.height(yTitle) + HEADER_GAP;
    int top = Math.round(legendHeight + titleHeight);
    CategoryPlot.layout(d, width, height - top).paint(g, top, width, PAD);
    // The header goes on after the plot, whose background would cover its descenders.
    if (legend != null) {
      legend.paint(g, rtl ? width - PAD - legend.width() : PAD, PAD);
    }
    g.setColor(ChartStyle.TEXT);
    float y = PAD + legendHeight;
    for (TextLayout line : yTitle) {
      y = TextLines.draw(g, line, rtl ? width - PAD - line.getAdvance() : PAD, y);
    }
  }

  /**
   * The ring with its legend beside it; in a box taller than wide (the phone layout), the legend
   * goes under the ring, so neither has to shrink.
   */
  private static void paintDonut(
      Graphics2D g, ChartData d, ChartFonts fonts, int width, int height) {
    Font font = fonts.regular(ChartStyle.LABEL_SIZE);
    boolean rtl = fonts.rightToLeft();
    if (height > width) {
      Legend legend = Legend.column(entries(d), font, width - 2 * PAD, rtl);
      int ringHeight = Math.round(height - legend.height() - PAD);
      paintRing(g, XChartSetup.donut(d, width, ringHeight), rtl, width, width, ringHeight);
      legend.paint(g, rtl ? width - PAD - legend.width() : PAD, ringHeight);
      return;
    }
    Legend legend = Legend.column(entries(d), font, width * 0.5f, rtl);
    float legendX = rtl ? PAD : width - PAD - legend.width();
    int ringWidth = Math.round(width - PAD - legend.width() - PAD);
    paintRing(g, XChartSetup.donut(d, ringWidth, height), rtl, width, ringWidth, height);
    legend.paint(g, legendX, Math.max(PAD, (height - legend.height()) / 2));
  }

  private static void paintRing(
      Graphics2D g, PieChart chart, boolean rtl, int width, int ringWidth, int height) {
    if (rtl) {
      paintMirrored(g, chart, width, ringWidth, height);
    } else {
      chart.paint(g, ringWidth, height);
    }
  }

  /** The ring holds no text, so its mirror image is the right-to-left ring. */
  private static void paintMirrored(
      Graphics2D g, PieChart chart, int width, int ringWidth, int height) {
    Graphics2D ring = (Graphics2D) g.create();
    try {
      ring.translate(width, 0);
      ring.scale(-1, 1);
      chart.paint(ring, ringWidth, height);
    } finally {
      ring.dispose();
    }
  }

  /**
   * A donut's key names every slice with its value and share; a plot's names its series when it has
   * more than one, and says which points are calculated when any is.
   */
  private static List<Legend.Entry> entries(ChartData d) {
    List<Legend.Entry> out = new ArrayList<>();
    if (d.type().mark() == ChartType.Mark.SLICE) {
      List<String> details = DonutLegend.details(d);
      for (int i = 0; i < details.size(); i++) {
        out.add(
            new Legend.Entry(
                d.categories().get(i), details.get(i), XChartSetup.colour(i), null, false));
      }
      return out;
    }
    for (int i = 0; d.series().size() > 1 && i < d.series().size(); i++) {
      String name = d.series().get(i).name();
      out.add(new Legend.Entry(name, null, XChartSetup.colour(i), XChartSetup.marker(d, i), false));
    }
    if (d.anyDerived()) {
      boolean bars = d.type().mark() == ChartType.Mark.BAR;
      out.add(
          new Legend.Entry(
              d.calculated(),
              null,
              ChartStyle.AXIS,
              bars ? null : org.knowm.xchart.style.markers.SeriesMarkers.CIRCLE,
              true));
    }
    return out;
  }
}
