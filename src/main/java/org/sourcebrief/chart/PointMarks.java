package org.sourcebrief.chart;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.CategoryChart;
import org.sourcebrief.content.ChartType;

/**
 * What is drawn over the plot once XChart has painted it: calculated points marked (hatched bars,
 * hollow rings on lines) and values written on the chart, as Our World in Data labels its charts,
 * so a reader need not read them off the axis. A bar gets its value above it and a line its last
 * value beside its end, each only where the text fits without covering another label; stacked
 * charts get none, as a segment's value would be misread as the total. Values are written like the
 * axis: short, in the chart's locale and digits.
 */
final class PointMarks {

  private static final float GAP = 3;

  private final CategoryChart chart;
  private final ChartData d;
  private final YRange range;
  private final int width;
  private final Font font;
  private final NumberLabels numbers;
  private final List<Rectangle2D> taken = new ArrayList<>();

  private PointMarks(CategoryChart chart, ChartData d, YRange range, int width) {
    this.chart = chart;
    this.d = d;
    this.range = range;
    this.width = width;
    this.font = ChartFonts.of(d).regular(ChartStyle.VALUE_SIZE);
    this.numbers = new NumberLabels(d.locale());
  }

  /** Whether the chart's values are written on it, which asks for room above the tallest. */
  static boolean labelled(ChartData d) {
    return !d.type().stacked();
  }

  /** Paints onto {@code g} in the plot's own coordinates. */
  static void paint(Graphics2D g, CategoryChart chart, ChartData d, YRange range, int width) {
    PointMarks marks = new PointMarks(chart, d, range, width);
    if (d.type().mark() == ChartType.Mark.BAR) {
      marks.bars(g);
    } else {
      marks.points(g);
    }
  }

  private void bars(Graphics2D g) {
    int n = d.series().size();
    double[] positive = new double[d.categories().size()];
    double[] negative = new double[d.categories().size()];
    for (int k = 0; k < n; k++) {
      ChartData.Series s = d.series().get(k);
      for (int i = 0; i < d.categories().size() && i < s.values().size(); i++) {
        BigDecimal v = s.values().get(i);
        if (v == null) continue;
        double value = v.doubleValue();
        double from = 0;
        if (d.type().stacked()) {
          double[] acc = value >= 0 ? positive : negative;
          from = acc[i];
          acc[i] += value;
        }
        Rectangle2D bar = bar(i, k, from, from + value);
        if (s.isDerived(i)) Hatch.fill(g, bar, XChartSetup.colour(k));
        if (labelled(d)) barLabel(g, bar, value, n == 1);
      }
    }
  }

  /** The rectangle XChart fills for a bar from {@code from} to {@code to}. */
  private Rectangle2D bar(int category, int series, double from, double to) {
    double slot = chart.getScreenXFromChart(1) - chart.getScreenXFromChart(0);
    double fill = chart.getStyler().getAvailableSpaceFill();
    boolean oneWide = d.type().stacked() || d.series().size() == 1;
    double barWidth = oneWide ? slot * fill : slot * fill / d.series().size();
    double left =
        chart.getScreenXFromChart(category)
            + slot * (1 - fill) / 2
            + (oneWide ? 0 : series * barWidth);
    double y1 = chart.getScreenYFromChart(clamp(from));
    double y2 = chart.getScreenYFromChart(clamp(to));
    return new Rectangle2D.Double(left, Math.min(y1, y2), barWidth, Math.abs(y2 - y1));
  }

  private double clamp(double v) {
    return Math.max(range.min(), Math.min(range.max(), v));
  }

  /** Above a bar (below one that goes down), within its slot when it is the slot's only bar. */
  private void barLabel(Graphics2D g, Rectangle2D bar, double value, boolean alone) {
    TextLayout text = new TextLayout(numbers.compact(value), font, TextLines.FRC);
    double room =
        alone ? bar.getWidth() / chart.getStyler().getAvailableSpaceFill() : bar.getWidth();
    if (text.getAdvance() > room - 2) return;
    double h = TextLines.height(text);
    double x = bar.getCenterX() - text.getAdvance() / 2;
    double y = value >= 0 ? bar.getMinY() - GAP - h : bar.getMaxY() + GAP;
    place(g, text, x, y);
  }

  private void points(Graphics2D g) {
    List<List<Number>> plotted = XChartSetup.plotted(d);
    boolean rtl = ChartFonts.of(d).rightToLeft();
    for (int k = 0; k < d.series().size(); k++) {
      ChartData.Series s = d.series().get(k);
      List<Number> ys = plotted.get(k);
      for (int i = 0; i < ys.size(); i++) {
        if (ys.get(i) != null && s.isDerived(i)) {
          Hatch.ring(g, x(i), chart.getScreenYFromChart(ys.get(i).doubleValue()), colour(k));
        }
      }
      int end = end(ys, rtl);
      if (labelled(d) && end >= 0) endLabel(g, ys.get(end).doubleValue(), end);
    }
  }

  /** The latest point: the last one, or in a mirrored chart the first. */
  private static int end(List<Number> ys, boolean rtl) {
    for (int j = 0; j < ys.size(); j++) {
      int i = rtl ? j : ys.size() - 1 - j;
      if (ys.get(i) != null) return i;
    }
    return -1;
  }

  /** Above the line's end, reaching back over the line rather than out of the plot. */
  private void endLabel(Graphics2D g, double value, int i) {
    TextLayout text = new TextLayout(numbers.compact(value), font, TextLines.FRC);
    double px = x(i);
    double py = chart.getScreenYFromChart(value);
    double h = TextLines.height(text);
    boolean right = px > width / 2.0;
    double x = right ? px + 4 - text.getAdvance() : px - 4;
    if (!place(g, text, x, py - 8 - h)) place(g, text, x, py + 8);
  }

  /** Draws the text with its top left at (x, y) if it stays in the image and clear of others. */
  private boolean place(Graphics2D g, TextLayout text, double x, double y) {
    Rectangle2D box = new Rectangle2D.Double(x, y, text.getAdvance(), TextLines.height(text));
    double bottom = chart.getScreenYFromChart(range.min());
    boolean inside = x >= 0 && x + box.getWidth() <= width && y >= 0 && box.getMaxY() <= bottom;
    if (!inside || taken.stream().anyMatch(box::intersects)) return false;
    taken.add(box);
    g.setColor(ChartStyle.TEXT);
    TextLines.draw(g, text, (float) x, (float) y);
    return true;
  }

  private double x(int category) {
    return chart.getScreenXFromChart(category + 0.5);
  }

  private static Color colour(int series) {
    return XChartSetup.colour(series);
  }
}
