package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.sourcebrief.chart.svg.SvgCanvas;
import org.sourcebrief.content.ChartType;

/** A line of ten thousand points (synthetic test data): drawn thinned, inside its grid. */
class DenseChartTest {

  private static ChartData dense(String type, int points) {
    Random random = new Random(42);
    List<String> categories = new ArrayList<>();
    List<BigDecimal> values = new ArrayList<>();
    for (int i = 0; i < points; i++) {
      categories.add("Day " + (i + 1));
      values.add(BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000)));
    }
    return new ChartData(
        "dense",
        ChartType.of(type).orElseThrow(),
        "Synthetic daily counts (test data)",
        "Line chart of synthetic test data.",
        "People",
        categories,
        List.of(new ChartData.Series("Synthetic", values)),
        SyntheticCharts.SOURCE,
        SyntheticCharts.SITE,
        Locale.US);
  }

  @Test
  void aDenseLineIsThinnedForDrawingButKeepsItsExtremes() {
    ChartData d = dense("line", 10_000);
    ChartData drawn = DenseSeries.forDrawing(d);
    assertTrue(drawn.categories().size() <= DenseSeries.MAX_DRAWN, "drawn points");
    List<BigDecimal> all = d.series().get(0).values();
    List<BigDecimal> kept = drawn.series().get(0).values();
    assertEquals(Collections.max(all), Collections.max(kept));
    assertEquals(Collections.min(all), Collections.min(kept));
    assertEquals(d.categories().get(0), drawn.categories().get(0));
    assertEquals(d.categories().get(9_999), drawn.categories().get(drawn.categories().size() - 1));
    assertNull(XChartSetup.marker(d, 0), "a dense line has no markers");
  }

  @Test
  void aSmallChartIsDrawnAsItIs() {
    ChartData d = dense("line", 50);
    assertEquals(d, DenseSeries.forDrawing(d));
  }

  @Test
  void aDenseLineStaysInsideAFewGridLinesAndASmallFile() {
    ChartData d = dense("line", 10_000);
    SvgCanvas canvas = new SvgCanvas();
    canvas.setFont(BundledFonts.regular(ChartStyle.LABEL_SIZE));
    ChartFrame.paint(canvas, d, ChartStyle.SVG_WIDTH, ChartStyle.SVG_HEIGHT);
    List<Double> grid = new ArrayList<>();
    double highest = Double.MAX_VALUE;
    for (SvgCanvas.Mark m : canvas.marks()) {
      Rectangle2D b = m.shape().getBounds2D();
      if (ChartStyle.GRID.equals(m.color()) && b.getHeight() <= 2 && b.getWidth() > 100) {
        grid.add(b.getCenterY());
      } else if (XChartSetup.colour(0).equals(m.color())) {
        highest = Math.min(highest, b.getMinY());
      }
    }
    assertTrue(grid.size() >= 3 && grid.size() <= 10, "grid lines: " + grid.size());
    double top = Collections.min(grid);
    // The line is 2.5 px wide: half of it may lie above the grid line its peak touches.
    assertTrue(highest >= top - 2, "line top " + highest + " above the top grid line " + top);
    assertTrue(new ChartRenderer().svg(d).length < 150_000, "SVG size");
  }
}
