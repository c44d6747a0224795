package org.sourcebrief.chart;

import java.awt.Graphics2D;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.internal.chartpart.Chart;
import org.sourcebrief.chart.svg.SvgCanvas;

/**
 * The plot of a bar, stacked bar, line or area chart with its category labels underneath. Where
 * categories fall depends on the width of the value labels, and the grid step on the plot height,
 * both of which XChart decides only while painting; so the chart is painted off-screen to learn
 * them, the labels and the value range are fitted, and only then is it painted for real.
 */
final class CategoryPlot {

  private static final int MAX_PROBES = 4;
  private static final float LABEL_GAP = 6;
  private static final double HEADROOM = 0.12;

  private final ChartData data;
  private final CategoryChart chart;
  private final YRange range;
  private final CategoryLabels labels;
  private final int plotHeight;

  private CategoryPlot(
      ChartData data, CategoryChart chart, YRange range, CategoryLabels labels, int plotHeight) {
    this.data = data;
    this.chart = chart;
    this.range = range;
    this.labels = labels;
    this.plotHeight = plotHeight;
  }

  /**
   * The width XChart draws in. A right-to-left chart keeps a strip free at the right edge: XChart
   * measures its right-hand axis labels a little narrower than it draws them ("۱٫۶ میلیون" lost its
   * first digit to the edge), so the strip gives them about one more digit of room.
   */
  static int drawnWidth(ChartData d, int width) {
    ChartFonts fonts = ChartFonts.of(d);
    if (!fonts.rightToLeft()) return width;
    java.awt.font.TextLayout digit =
        new java.awt.font.TextLayout(
            "\u06F8",
            fonts.regular(ChartStyle.TICK_SIZE),
            new java.awt.font.FontRenderContext(null, true, true));
    return width - (int) Math.ceil(digit.getAdvance() + 2);
  }

  static CategoryPlot layout(ChartData d, int fullWidth, int height) {
    int width = drawnWidth(d, fullWidth);
    YRange data = YRange.ofData(d);
    // Values written above the tallest bar or line end need room under the top grid line.
    if (PointMarks.labelled(d)) data = data.withHeadroom(HEADROOM);
    ChartFonts fonts = ChartFonts.of(d);
    float oneLine = CategoryLabels.oneLine(fonts);
    int plotHeight = Math.round(height - oneLine);
    Probe probe = Probe.paint(d, width, plotHeight, data);
    CategoryLabels labels = CategoryLabels.fit(d.categories(), slot(probe.chart()), fonts);
    if (labels.height() > oneLine) {
      plotHeight = Math.round(height - labels.height());
      probe = Probe.paint(d, width, plotHeight, data);
    }
    YRange range = data;
    for (int i = 0; i < MAX_PROBES; i++) {
      YRange snapped = range.snappedTo(probe.chart(), probe.canvas(), data);
      if (snapped.sameAs(range)) {
        break;
      }
      range = snapped;
      probe = Probe.paint(d, width, plotHeight, range);
    }
    return new CategoryPlot(d, probe.chart(), range, labels, plotHeight);
  }

  /** Paints the plot with its top at {@code top}, the labels under its baseline. */
  void paint(Graphics2D g, int top, int width, float pad) {
    Graphics2D plot = (Graphics2D) g.create();
    try {
      plot.translate(0, top);
      int drawn = drawnWidth(data, width);
      chart.paint(plot, drawn, plotHeight);
      PointMarks.paint(plot, chart, data, range, drawn);
    } finally {
      plot.dispose();
    }
    double baseline = top + chart.getScreenYFromChart(range.min());
    labels.paint(g, centres(), (float) baseline + LABEL_GAP, pad, width - pad);
  }

  /** A chart painted onto a throwaway recorder, to learn the layout XChart chose. */
  private record Probe(CategoryChart chart, SvgCanvas canvas) {
    static Probe paint(ChartData d, int width, int height, YRange range) {
      CategoryChart chart = XChartSetup.category(d, width, height, range);
      SvgCanvas canvas = new SvgCanvas();
      canvas.setFont(ChartFonts.of(d).regular(ChartStyle.TICK_SIZE));
      chart.paint(canvas, width, height);
      return new Probe(chart, canvas);
    }
  }

  /** The width XChart gives each category; category i is centred at chart x = i + 0.5. */
  private static float slot(Chart<?, ?> chart) {
    return (float) (chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0));
  }

  private double[] centres() {
    int n = chart.getSeriesMap().values().iterator().next().getXData().size();
    double[] out = new double[n];
    for (int i = 0; i < n; i++) {
      out[i] = chart.getScreenXFromChart(i + 0.5);
    }
    return out;
  }
}
