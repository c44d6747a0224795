package org.sourcebrief.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.knowm.xchart.style.markers.Marker;

/**
 * The series key, drawn by Sourcebrief rather than XChart: XChart's horizontal legend runs entries
 * into each other and its vertical one cannot wrap long names. Entries flow in rows above the plot,
 * or stack in a column beside a donut; long names wrap. A right-to-left legend is the mirror image:
 * rows fill from the right, and each swatch stands at the right of its text.
 */
final class Legend {

  /**
   * One key entry; {@code marker} null draws a square swatch, otherwise a line with the marker.
   * {@code detail}, if not null, goes on its own lines under the text in a quieter colour. A {@code
   * calculated} entry shows how calculated points look: a hatched square, or a hollow ring.
   */
  record Entry(String text, String detail, Color color, Marker marker, boolean calculated) {}

  private record Placed(
      Entry entry, List<TextLayout> lines, int detailLines, float x, float y, float width) {}

  private static final float SWATCH = 12;
  private static final float LINE_SWATCH = 22;
  private static final float SWATCH_GAP = 6;
  private static final float ENTRY_GAP = 18;
  private static final float ROW_GAP = 4;
  private static final BasicStroke LINE =
      new BasicStroke(2.5f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);

  private final List<Placed> placed = new ArrayList<>();
  private final boolean rightToLeft;
  private float width;
  private float height;

  private Legend(boolean rightToLeft) {
    this.rightToLeft = rightToLeft;
  }

  /** Entries left to right, wrapping onto further rows within {@code maxWidth}. */
  static Legend rows(List<Entry> entries, Font font, float maxWidth, boolean rightToLeft) {
    Legend legend = new Legend(rightToLeft);
    float x = 0;
    float y = 0;
    float rowHeight = 0;
    for (Entry e : entries) {
      float textWidth = maxWidth - swatchWidth(e) - SWATCH_GAP;
      List<TextLayout> lines = TextLines.wrap(e.text(), font, textWidth, 2);
      float w = swatchWidth(e) + SWATCH_GAP + TextLines.width(lines);
      if (x > 0 && x + w > maxWidth) {
        x = 0;
        y += rowHeight + ROW_GAP;
        rowHeight = 0;
      }
      legend.add(new Placed(e, lines, 0, x, y, w), x + w, y + TextLines.height(lines));
      rowHeight = Math.max(rowHeight, TextLines.height(lines));
      x += w + ENTRY_GAP;
    }
    return legend;
  }

  /** One entry under the other, each wrapped within {@code maxWidth}. */
  static Legend column(List<Entry> entries, Font font, float maxWidth, boolean rightToLeft) {
    Legend legend = new Legend(rightToLeft);
    float y = 0;
    for (Entry e : entries) {
      float textWidth = maxWidth - swatchWidth(e) - SWATCH_GAP;
      List<TextLayout> lines = new ArrayList<>(TextLines.wrap(e.text(), font, textWidth, 3));
      int detailLines = 0;
      if (e.detail() != null) {
        List<TextLayout> detail = TextLines.wrap(e.detail(), font, textWidth, 2);
        lines.addAll(detail);
        detailLines = detail.size();
      }
      float w = swatchWidth(e) + SWATCH_GAP + TextLines.width(lines);
      legend.add(new Placed(e, lines, detailLines, 0, y, w), w, y + TextLines.height(lines));
      y += TextLines.height(lines) + ROW_GAP * 2;
    }
    return legend;
  }

  float width() {
    return width;
  }

  float height() {
    return height;
  }

  void paint(Graphics2D g, float x, float y) {
    for (Placed p : placed) {
      if (rightToLeft) {
        paintMirrored(g, p, x + width - p.x() - p.width(), y + p.y());
        continue;
      }
      float left = x + p.x();
      float top = y + p.y();
      float middle = top + TextLines.height(p.lines().get(0)) / 2;
      paintSwatch(g, p.entry(), left, middle);
      float lineTop = top;
      int textLines = textLines(p);
      for (int i = 0; i < p.lines().size(); i++) {
        g.setColor(i < textLines ? ChartStyle.TEXT : ChartStyle.MUTED_TEXT);
        lineTop =
            TextLines.draw(
                g, p.lines().get(i), left + swatchWidth(p.entry()) + SWATCH_GAP, lineTop);
      }
    }
  }

  /** One entry in the box from {@code left}: the swatch at its right, the text flush against it. */
  private static void paintMirrored(Graphics2D g, Placed p, float left, float top) {
    float swatchLeft = left + p.width() - swatchWidth(p.entry());
    paintSwatch(g, p.entry(), swatchLeft, top + TextLines.height(p.lines().get(0)) / 2);
    float textRight = swatchLeft - SWATCH_GAP;
    float lineTop = top;
    int textLines = textLines(p);
    for (int i = 0; i < p.lines().size(); i++) {
      TextLayout line = p.lines().get(i);
      g.setColor(i < textLines ? ChartStyle.TEXT : ChartStyle.MUTED_TEXT);
      lineTop = TextLines.draw(g, line, textRight - line.getAdvance(), lineTop);
    }
  }

  /** How many of the entry's lines are its text; the rest are its detail. */
  private static int textLines(Placed p) {
    return p.lines().size() - p.detailLines();
  }

  private void add(Placed p, float right, float bottom) {
    placed.add(p);
    width = Math.max(width, right);
    height = Math.max(height, bottom);
  }

  private static void paintSwatch(Graphics2D g, Entry e, float left, float middle) {
    g.setColor(e.color());
    if (e.calculated()) {
      if (e.marker() == null) {
        Hatch.fill(g, new Rectangle2D.Float(left, middle - SWATCH / 2, SWATCH, SWATCH), e.color());
      } else {
        Hatch.ring(g, left + LINE_SWATCH / 2, middle, e.color());
      }
      return;
    }
    if (e.marker() == null) {
      g.fill(new Rectangle2D.Float(left, middle - SWATCH / 2, SWATCH, SWATCH));
      return;
    }
    g.setStroke(LINE);
    g.draw(new Line2D.Float(left + 1, middle, left + LINE_SWATCH - 1, middle));
    e.marker().paint(g, left + LINE_SWATCH / 2, middle, 8);
  }

  private static float swatchWidth(Entry e) {
    return e.marker() == null ? SWATCH : LINE_SWATCH;
  }
}
