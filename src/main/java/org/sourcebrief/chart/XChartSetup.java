package org.sourcebrief.chart;

import java.awt.BasicStroke;
import java.awt.Font;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.knowm.xchart.CategoryChart;
import org.knowm.xchart.CategorySeries.CategorySeriesRenderStyle;
import org.knowm.xchart.PieChart;
import org.knowm.xchart.PieSeries.PieSeriesRenderStyle;
import org.knowm.xchart.internal.chartpart.Chart;
import org.knowm.xchart.style.AxesChartStyler;
import org.knowm.xchart.style.CategoryStyler;
import org.knowm.xchart.style.PieStyler;
import org.knowm.xchart.style.Styler;
import org.knowm.xchart.style.markers.Marker;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Builds the XChart chart for a {@link ChartData}, with every font, colour and number format set
 * explicitly so nothing falls back to the machine's fonts or the JVM's default locale.
 */
final class XChartSetup {

  private static final BasicStroke GRID_LINE = new BasicStroke(1f);
  private static final BasicStroke SERIES_LINE =
      new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private XChartSetup() {}

  /** A fresh chart (XChart charts are mutable, so never share one between threads). */
  static Chart<?, ?> build(ChartData d, int width, int height) {
    return "donut".equals(d.type()) ? donut(d, width, height) : category(d, width, height);
  }

  private static CategoryChart category(ChartData d, int width, int height) {
    CategoryChart chart = new CategoryChart(width, height);
    CategoryStyler s = chart.getStyler();
    common(s);
    axes(s, new NumberLabels(d.locale()));
    s.setDefaultSeriesRenderStyle(renderStyle(d.type()));
    s.setStacked(isStacked(d));
    s.setAvailableSpaceFill(d.series().size() > 1 && !isStacked(d) ? 0.8 : 0.6);
    s.setLabelsVisible(false);
    s.setLegendVisible(d.series().size() > 1);
    s.setLegendPosition(Styler.LegendPosition.OutsideS);
    s.setLegendLayout(Styler.LegendLayout.Horizontal);
    s.setMarkerSize(7);
    s.setSeriesLines(new BasicStroke[] {SERIES_LINE});
    s.setSeriesMarkers(markers(d.type()));
    if (d.yLabel() != null && !d.yLabel().isBlank()) {
      chart.setYAxisTitle(d.yLabel());
    } else {
      s.setYAxisTitleVisible(false);
    }
    s.setXAxisTitleVisible(false);
    List<String> names = uniqueNames(d.series().stream().map(ChartData.Series::name).toList());
    for (int i = 0; i < d.series().size(); i++) {
      chart.addSeries(names.get(i), d.categories(), numbers(d.series().get(i).values()));
    }
    return chart;
  }

  private static PieChart donut(ChartData d, int width, int height) {
    PieChart chart = new PieChart(width, height);
    PieStyler s = chart.getStyler();
    common(s);
    s.setDefaultSeriesRenderStyle(PieSeriesRenderStyle.Donut);
    s.setDonutThickness(0.42);
    s.setCircular(true);
    s.setStartAngleInDegrees(0);
    s.setClockwiseDirectionType(PieStyler.ClockwiseDirectionType.CLOCKWISE);
    s.setPlotContentSize(0.9);
    s.setSliceBorderWidth(2);
    // XChart formats its own pie labels and sum with the JVM default locale; the slices are named
    // in the legend instead, with values formatted here in the site's locale.
    s.setLabelsVisible(false);
    s.setSumVisible(false);
    s.setLegendVisible(true);
    s.setLegendPosition(Styler.LegendPosition.OutsideE);
    s.setLegendLayout(Styler.LegendLayout.Vertical);
    List<String> names = uniqueNames(DonutLegend.entries(d));
    List<BigDecimal> values = d.series().get(0).values();
    for (int i = 0; i < names.size(); i++) {
      chart.addSeries(names.get(i), values.get(i));
    }
    return chart;
  }

  private static void common(Styler s) {
    Font regular = BundledFonts.regular(ChartStyle.LABEL_SIZE);
    s.setBaseFont(regular);
    s.setChartTitleFont(BundledFonts.bold(ChartStyle.PNG_TITLE_SIZE));
    s.setLegendFont(regular);
    s.setAnnotationTextFont(regular);
    s.setAnnotationTextPanelFont(regular);
    s.setChartButtonFont(regular);
    s.setToolTipFont(regular);
    s.setChartTitleVisible(false);
    s.setChartBackgroundColor(ChartStyle.BACKGROUND);
    s.setPlotBackgroundColor(ChartStyle.BACKGROUND);
    s.setChartFontColor(ChartStyle.TEXT);
    s.setPlotBorderVisible(false);
    s.setLegendBorderColor(ChartStyle.BACKGROUND);
    s.setLegendBackgroundColor(ChartStyle.BACKGROUND);
    s.setLegendPadding(6);
    s.setChartPadding(8);
    s.setSeriesColors(ChartStyle.SERIES);
    s.setToolTipsEnabled(false);
    s.setAntiAlias(true);
  }

  private static void axes(AxesChartStyler s, NumberLabels numbers) {
    s.setAxisTitleFont(BundledFonts.regular(ChartStyle.LABEL_SIZE));
    s.setAxisTickLabelsFont(BundledFonts.regular(ChartStyle.TICK_SIZE));
    s.setAxisTickLabelsColor(ChartStyle.MUTED_TEXT);
    s.setXAxisTitleColor(ChartStyle.TEXT);
    s.setYAxisTitleColor(ChartStyle.TEXT);
    s.setAxisTickMarkLength(0);
    s.setAxisTicksMarksVisible(false);
    s.setPlotTicksMarksVisible(false);
    s.setAxisTicksLineVisible(false);
    s.setPlotGridVerticalLinesVisible(false);
    s.setPlotGridLinesColor(ChartStyle.GRID);
    s.setPlotGridLinesStroke(GRID_LINE);
    s.setPlotMargin(0);
    s.setAxisTickPadding(6);
    s.setAxisTitlePadding(8);
    s.setLocale(numbers.locale());
    s.setyAxisTickLabelsFormattingFunction(numbers::compact);
  }

  static boolean isStacked(ChartData d) {
    return "stacked_bar".equals(d.type()) || ("area".equals(d.type()) && d.series().size() > 1);
  }

  private static CategorySeriesRenderStyle renderStyle(String type) {
    return switch (type) {
      case "line" -> CategorySeriesRenderStyle.Line;
      case "area" -> CategorySeriesRenderStyle.Area;
      default -> CategorySeriesRenderStyle.Bar;
    };
  }

  private static Marker[] markers(String type) {
    if (!"line".equals(type)) {
      return new Marker[] {SeriesMarkers.NONE};
    }
    // A different shape per series, so lines stay apart without relying on colour.
    return new Marker[] {
      SeriesMarkers.CIRCLE, SeriesMarkers.DIAMOND, SeriesMarkers.SQUARE,
      SeriesMarkers.TRIANGLE_UP, SeriesMarkers.TRIANGLE_DOWN, SeriesMarkers.CROSS
    };
  }

  private static List<Number> numbers(List<BigDecimal> values) {
    List<Number> out = new ArrayList<>(values.size());
    for (BigDecimal v : values) {
      out.add(v == null ? null : v.doubleValue());
    }
    return out;
  }

  /** XChart keys series by name; two equal names would make it throw. */
  static List<String> uniqueNames(List<String> names) {
    Set<String> seen = new HashSet<>();
    List<String> out = new ArrayList<>(names.size());
    for (String name : names) {
      String candidate = name == null || name.isBlank() ? "\u2014" : name;
      for (int n = 2; !seen.add(candidate); n++) {
        candidate = name + " (" + n + ")";
      }
      out.add(candidate);
    }
    return out;
  }
}
