package org.sourcebrief.chart.svg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.chart.svg.SvgCanvas.Mark;

class SvgWriterTest {

  private static String write(List<Mark> marks, String id) {
    return new String(SvgWriter.write(marks, 100, 50, id, "T & <t>", "D"), StandardCharsets.UTF_8);
  }

  @Test
  void clipsOnlyWhatCrossesItsClipAndPrefixesTheClipId() {
    Rectangle2D plot = new Rectangle2D.Double(10, 10, 50, 30);
    String svg =
        write(
            List.of(
                new Mark(new Rectangle2D.Double(20, 20, 5, 5), Color.BLUE, null, plot),
                new Mark(new Rectangle2D.Double(50, 20, 30, 5), Color.RED, null, plot),
                new Mark(new Rectangle2D.Double(70, 45, 5, 5), Color.RED, null, plot)),
            "my_chart");
    assertEquals(1, svg.split("clip-path=").length - 1, svg);
    assertTrue(svg.contains("<clipPath id=\"my_chart-clip1\">"), svg);
    assertTrue(svg.contains("clip-path=\"url(#my_chart-clip1)\""), svg);
    assertEquals(3, svg.split("<path").length - 1, "the mark outside its clip is dropped: " + svg);
  }

  @Test
  void mergesRunsOfOneStyleButNotOverlappingFills() {
    String svg =
        write(
            List.of(
                new Mark(new Rectangle2D.Double(0, 0, 5, 5), Color.BLUE, null, null),
                new Mark(new Rectangle2D.Double(10, 0, 5, 5), Color.BLUE, null, null),
                new Mark(new Rectangle2D.Double(12, 2, 5, 5), Color.BLUE, null, null)),
            "c");
    assertTrue(svg.contains("<path fill=\"#00f\" d=\"M0 0h5v5h-5zm10 0h5v5h-5z\"/>"), svg);
    assertTrue(svg.contains("<path fill=\"#00f\" d=\"M12 2h5v5h-5z\"/>"), svg);
  }

  @Test
  void writesStrokesWithOnlyTheAttributesThatDifferFromSvgDefaults() {
    BasicStroke round = new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
    String svg =
        write(
            List.of(
                new Mark(new Line2D.Double(0, 0, 10, 10), new Color(0xdedede), round, null),
                new Mark(new Line2D.Double(10, 10, 20, 5.25), new Color(0xdedede), round, null)),
            "c");
    assertTrue(
        svg.contains(
            "<path fill=\"none\" stroke=\"#dedede\" stroke-width=\"2.5\" stroke-linecap=\"round\""
                + " stroke-linejoin=\"round\" d=\"M0 0l10 10 10-4.7\"/>"),
        svg);
  }

  @Test
  void escapesTextAndMakesIdsValid() {
    String svg = write(List.of(), "2 charts/é");
    assertTrue(svg.contains("<title id=\"c2_charts__-title\">T &amp; &lt;t&gt;</title>"), svg);
    assertFalse(svg.contains("é"));
  }

  @Test
  void pathDataIsRelativeRoundedAndTerse() {
    PathEncoder p = new PathEncoder(false);
    p.append(new Rectangle2D.Double(0.04, 0.26, 10.449, 0.5));
    assertEquals("M0 .3h10.5v.5h-10.5z", p.toString());
    assertEquals("-.5", PathEncoder.format(-5));
    assertEquals("12.3", PathEncoder.format(123));
    assertEquals(".05", SvgWriter.decimal(0.05));
    assertEquals("#0072b2", SvgWriter.hex(new Color(0x0072B2)));
  }
}
