package org.sourcebrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/**
 * How a calculated point looks, so a reader can tell it from a sourced one without colour alone: a
 * bar or swatch is a pale tint of its colour crossed by diagonal lines in that colour; a point on a
 * line is a hollow ring.
 */
final class Hatch {

  private static final float SPACING = 5;
  private static final BasicStroke LINE = new BasicStroke(1.5f);
  private static final BasicStroke RING = new BasicStroke(2.5f);
  private static final float RING_RADIUS = 5;

  /** How much of the colour the tint keeps; the rest is white. */
  private static final float TINT = 0.3f;

  private Hatch() {}

  /** Fills {@code area} with the tint and the diagonal lines, over whatever was there. */
  static void fill(Graphics2D g, Shape area, Color colour) {
    Rectangle2D b = area.getBounds2D();
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(area);
    g.setColor(tint(colour));
    g.fill(area);
    Graphics2D lines = (Graphics2D) g.create();
    try {
      lines.clip(area);
      lines.setColor(colour);
      lines.setStroke(LINE);
      // One path of parallel strokes rising to the right, anchored to the page grid so the same
      // bar is hatched the same way in every image.
      Path2D.Float path = new Path2D.Float();
      double h = b.getHeight();
      double start = Math.floor((b.getMinX() - h) / SPACING) * SPACING;
      for (double x = start; x <= b.getMaxX(); x += SPACING) {
        path.append(new Line2D.Double(x, b.getMaxY(), x + h, b.getMinY()), false);
      }
      lines.draw(path);
    } finally {
      lines.dispose();
    }
  }

  /** A hollow ring centred on a point, covering the marker drawn there. */
  static void ring(Graphics2D g, double x, double y, Color colour) {
    Ellipse2D ring =
        new Ellipse2D.Double(x - RING_RADIUS, y - RING_RADIUS, 2 * RING_RADIUS, 2 * RING_RADIUS);
    g.setColor(ChartStyle.BACKGROUND);
    g.fill(ring);
    g.setColor(colour);
    g.setStroke(RING);
    g.draw(ring);
  }

  private static Color tint(Color c) {
    return new Color(mix(c.getRed()), mix(c.getGreen()), mix(c.getBlue()));
  }

  private static int mix(int channel) {
    return Math.round(channel * TINT + 255 * (1 - TINT));
  }
}
