package org.sourcebrief.chart.svg;

import de.erichseifert.vectorgraphics2d.VectorGraphics2D;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Shape;
import java.awt.Stroke;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.text.AttributedCharacterIterator;
import java.util.ArrayList;
import java.util.List;

/**
 * A Graphics2D that records what XChart paints as {@link Mark}s in page coordinates, for {@link
 * SvgWriter}. VectorGraphics2D keeps the graphics state (transforms, clips, colours, strokes,
 * {@code create()} copies); its own SVG writer is not used, because it writes dotted lines as one
 * polygon per dot, ten-digit coordinates and random clip ids.
 *
 * <p>Text becomes glyph outlines, as XChart itself does: the chart then looks the same in every
 * browser without shipping a web font, and screen readers get the {@code <title>}/{@code <desc>}
 * and the figure's data table instead.
 */
public final class SvgCanvas extends VectorGraphics2D {

  /** One filled or stroked shape; {@code stroke} is null for fills. */
  public record Mark(Shape shape, Color color, BasicStroke stroke, Shape clip) {

    Rectangle2D bounds() {
      Rectangle2D b = shape.getBounds2D();
      double pad = 0;
      if (stroke != null) {
        boolean mitred = stroke.getLineJoin() == BasicStroke.JOIN_MITER;
        pad = stroke.getLineWidth() / 2 * (mitred ? Math.max(1, stroke.getMiterLimit()) : 1);
      }
      return new Rectangle2D.Double(
          b.getX() - pad, b.getY() - pad, b.getWidth() + 2 * pad, b.getHeight() + 2 * pad);
    }
  }

  // Shared with the copies create() makes (clone is shallow), so all marks land in one list.
  private final List<Mark> marks = new ArrayList<>();

  public List<Mark> marks() {
    return marks;
  }

  @Override
  public void fill(Shape s) {
    record(s, null);
  }

  @Override
  public void draw(Shape s) {
    record(s, getStroke());
  }

  @Override
  public void drawString(String str, int x, int y) {
    drawString(str, (float) x, (float) y);
  }

  @Override
  public void drawString(String str, float x, float y) {
    if (!str.isEmpty()) {
      fill(
          new TextLayout(str, getFont(), getFontRenderContext())
              .getOutline(AffineTransform.getTranslateInstance(x, y)));
    }
  }

  @Override
  public void drawString(AttributedCharacterIterator it, int x, int y) {
    drawString(it, (float) x, (float) y);
  }

  @Override
  public void drawString(AttributedCharacterIterator it, float x, float y) {
    fill(
        new TextLayout(it, getFontRenderContext())
            .getOutline(AffineTransform.getTranslateInstance(x, y)));
  }

  @Override
  public void drawGlyphVector(GlyphVector g, float x, float y) {
    fill(g.getOutline(x, y));
  }

  private void record(Shape s, Stroke stroke) {
    AffineTransform t = getTransform();
    Shape clip = getClip() == null ? null : t.createTransformedShape(getClip());
    Color color = effectiveColor();
    if (color.getAlpha() == 0) {
      return;
    }
    if (stroke instanceof BasicStroke basic && isUniformScale(t)) {
      double scale = Math.sqrt(Math.abs(t.getDeterminant()));
      marks.add(new Mark(t.createTransformedShape(s), color, scaled(basic, scale), clip));
    } else if (stroke != null) {
      marks.add(
          new Mark(t.createTransformedShape(stroke.createStrokedShape(s)), color, null, clip));
    } else {
      marks.add(new Mark(t.createTransformedShape(s), color, null, clip));
    }
  }

  private Color effectiveColor() {
    Color c = getPaint() instanceof Color p ? p : getColor();
    Composite comp = getComposite();
    if (comp instanceof AlphaComposite ac && ac.getAlpha() < 1f) {
      return new Color(
          c.getRed(), c.getGreen(), c.getBlue(), Math.round(c.getAlpha() * ac.getAlpha()));
    }
    return c;
  }

  private static boolean isUniformScale(AffineTransform t) {
    return t.getShearX() == 0
        && t.getShearY() == 0
        && Math.abs(Math.abs(t.getScaleX()) - Math.abs(t.getScaleY())) < 1e-9;
  }

  private static BasicStroke scaled(BasicStroke s, double scale) {
    if (scale == 1) {
      return s;
    }
    float[] dash = s.getDashArray();
    if (dash != null) {
      dash = dash.clone();
      for (int i = 0; i < dash.length; i++) {
        dash[i] *= (float) scale;
      }
    }
    return new BasicStroke(
        (float) (s.getLineWidth() * scale),
        s.getEndCap(),
        s.getLineJoin(),
        s.getMiterLimit(),
        dash,
        (float) (s.getDashPhase() * scale));
  }
}
