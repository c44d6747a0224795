package org.sourcebrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieSeries.PieSeriesRenderStyle;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;
import org.sourcebrief.content.ChartType;

/**
 * Builds the XChart chart for a {@link ChartData}: the plot only. Legend, y-axis title and category
 * labels are drawn by {@link ChartFrame}. Every font, colour and number format is set explicitly so
 * nothing falls back to the machine's fonts or the JVM's default locale.
 */
public final class XChartSetup {

  public static final int PADDING = 8;
  private static final Color TRANSPARENT = new Color(0, 0, 0, 0);
  private static final BasicStroke GRID_LINE = new BasicStroke(1f);
  private static final BasicStroke SERIES_LINE =
      new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
  private static final Marker[] MARKERS = {
    SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
    SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS
  };

  private XChartSetup() {}

  static Color colour(int series) {
    return ChartStyle.SERIES[series % ChartStyle.SERIES.length];
  }

  /**
   * Lines get a different marker shape per series, so they stay apart without colour; a dense line
   * gets none, as its markers would run into one blot.
   */
  static Marker marker(ChartData d, int series) {
    boolean marked =
        d.type().mark() == ChartType.Mark.LINE && d.categories().size() <= DenseSeries.MAX_MARKED;
    return marked ? MARKERS[series % MARKERS.length] : null;
  }

  /** A fresh chart; XChart charts are mutable, so one is never shared between threads. */
  static CategoryChart category(ChartData d, int width, int height, YRange range) {
    CategoryChart chart = new CategoryChart(width, height);
    CategoryStyler s = chart.getStyler();
    ChartFonts fonts = ChartFonts.of(d);
    common(s, fonts);
    axes(s, new NumberLabels(d.locale()), range, fonts);
    ChartType type = d.type();
    s.setDefaultSeriesRenderStyle(
        switch (type.mark()) {
          case LINE -> CategorySeriesRenderStyle.Line;
          case AREA -> CategorySeriesRenderStyle.Area;
          case BAR, SLICE -> CategorySeriesRenderStyle.Bar;
        });
    s.setStacked(type.stacked() && !runningTotals(d));
    // Lines and areas share each category's x; XChart would otherwise offset them like grouped
    // bars.
    s.setOverlapped(type.continuous());
    boolean grouped = type.mark() == ChartType.Mark.BAR && !type.stacked();
    s.setAvailableSpaceFill(d.series().size() > 1 && grouped ? 0.8 : 0.6);
    s.setMarkerSize(8);
    List<String> names = uniqueNames(d.series().stream().map(ChartData.Series::name).toList());
    List<List<Number>> values = plotted(d);
    // Stacked areas are drawn as running totals, the top one first, each covering the one
    // before it: XChart 3.8.8 cannot stack areas itself.
    boolean reverse = runningTotals(d);
    for (int n = 0; n < names.size(); n++) {
      int i = reverse ? names.size() - 1 - n : n;
      CategorySeries series = chart.addSeries(names.get(i), d.categories(), values.get(i));
      series.setFillColor(colour(i));
      series.setLineColor(colour(i));
      series.setLineStyle(SERIES_LINE);
      series.setMarkerColor(colour(i));
      series.setMarker(marker(d, i) == null ? SeriesMarkers.NONE : marker(d, i));
    }
    return chart;
  }

  static PieChart donut(ChartData d, int width, int height) {
    PieChart chart = new PieChart(width, height);
    PieStyler s = chart.getStyler();
    common(s, ChartFonts.of(d));
    s.setDefaultSeriesRenderStyle(PieSeriesRenderStyle.Donut);
    s.setDonutThickness(0.42);
    s.setCircular(true);
    s.setStartAngleInDegrees(0);
    s.setClockwiseDirectionType(PieStyler.ClockwiseDirectionType.CLOCKWISE);
    s.setPlotContentSize(0.92);
    // XChart 3.8.8 draws the slice borders at counter-clockwise angles whatever the direction;
    // the white outline it draws around every slice separates them instead.
    s.setSliceBorderWidth(0);
    // XChart formats its slice labels and sum with the JVM default locale; the legend carries
    // the values instead, formatted in the chart's locale.
    s.setLabelsVisible(false);
    s.setSumVisible(false);
    List<String> names = uniqueNames(d.categories());
    List<BigDecimal> values = d.series().get(0).values();
    for (int i = 0; i < names.size(); i++) {
      BigDecimal v = values.get(i);
      chart.addSeries(names.get(i), v == null ? 0 : v.doubleValue()).setFillColor(colour(i));
    }
    return chart;
  }

  // setBaseFont does not reach the other fonts, so each is set: one left out would fall back to
  // the machine's SansSerif.
  private static void common(Styler s, ChartFonts fonts) {
    Font regular = fonts.regular(ChartStyle.LABEL_SIZE);
    s.setBaseFont(regular);
    s.setChartTitleFont(regular);
    s.setLegendFont(regular);
    s.setAnnotationTextFont(regular);
    s.setAnnotationTextPanelFont(regular);
    s.setChartButtonFont(regular);
    s.setToolTipFont(regular);
    s.setChartTitleVisible(false);
    s.setLegendVisible(false);
    // ChartFrame paints the background once; XChart's own would be two more rectangles.
    s.setChartBackgroundColor(TRANSPARENT);
    // The pie draws its slice separators in the plot background colour, so that one stays.
    s.setPlotBackgroundColor(s instanceof PieStyler ? ChartStyle.BACKGROUND : TRANSPARENT);
    s.setChartFontColor(ChartStyle.TEXT);
    s.setPlotBorderVisible(false);
    s.setChartPadding(PADDING);
    s.setSeriesColors(ChartStyle.SERIES);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
  }

  private static void axes(
      AxesChartStyler s, NumberLabels numbers, YRange range, ChartFonts fonts) {
    s.setAxisTitleFont(fonts.regular(ChartStyle.LABEL_SIZE));
    s.setAxisTickLabelsFont(fonts.regular(ChartStyle.TICK_SIZE));
    s.setAxisTickLabelsColor(ChartStyle.MUTED_TEXT);
    s.setAxisTitlesVisible(false);
    s.setXAxisTicksVisible(false);
    s.setAxisTicksMarksVisible(false);
    s.setPlotTicksMarksVisible(false);
    s.setAxisTicksLineVisible(false);
    s.setAxisTickMarkLength(0);
    s.setAxisTickPadding(8);
    if (fonts.rightToLeft()) {
      // Mirrored: the value axis at the right, its labels flush against the plot.
      s.setYAxisGroupPosition(0, Styler.YAxisPosition.Right);
      s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Left);
    } else {
      s.setYAxisLabelAlignment(AxesChartStyler.TextAlignment.Right);
    }
    s.setPlotGridVerticalLinesVisible(false);
    s.setPlotGridLinesColor(ChartStyle.GRID);
    s.setPlotGridLinesStroke(GRID_LINE);
    s.setPlotMargin(0);
    s.setPlotContentSize(0.95);
    s.setYAxisTickMarkSpacingHint(56); // about five to seven grid lines, not a dozen
    s.setYAxisMin(range.min());
    s.setYAxisMax(range.max());
    s.setLocale(numbers.locale());
    s.setyAxisTickLabelsFormattingFunction(numbers::compact);
  }

  /** Stacked lines and areas: XChart stacks only bars, so these are drawn as running totals. */
  static boolean runningTotals(ChartData d) {
    return d.type().stacked() && d.type().continuous();
  }

  /** The values as plotted: running totals for stacked areas, plain values otherwise. */
  static List<List<Number>> plotted(ChartData d) {
    boolean cumulative = runningTotals(d);
    List<List<Number>> out = new ArrayList<>();
    double[] total = new double[d.categories().size()];
    for (ChartData.Series series : d.series()) {
      List<Number> values = new ArrayList<>();
      for (int c = 0; c < total.length; c++) {
        BigDecimal v = c < series.values().size() ? series.values().get(c) : null;
        if (v == null) {
          values.add(null);
          continue;
        }
        total[c] = cumulative ? total[c] + v.doubleValue() : v.doubleValue();
        values.add(total[c]);
      }
      out.add(values);
    }
    return out;
  }

  /** XChart keys series by name; two equal names would make it throw. */
  static List<String> uniqueNames(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      String base = name == null || name.isBlank() ? "\u2014" : name;
      String candidate = base;
      for (int n = 2; !seen.add(candidate); n++) {
        candidate = base + " (" + n + ")";
      }
      out.add(candidate);
    }
    return out;
  }
}
