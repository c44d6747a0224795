package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * The category axis labels, drawn by Sourcebrief because XChart writes each on one line, runs
 * neighbours into each other and silently drops a label that reaches the edge. Labels wrap onto up
 * to three lines within their category's width and may spill into a neighbour's space when that
 * neighbour leaves it free. When they still collide the type steps down one pixel, then only every
 * second, third… label is shown (long dates on a narrow chart); as a last resort labels are cut
 * with an ellipsis.
 */
final class CategoryLabels {

  private static final int MAX_LINES = 3;
  private static final float GAP = 8;
  private static final float[] SIZES = {ChartStyle.TICK_SIZE, ChartStyle.TICK_SIZE - 1};

  private final List<List<TextLayout>> labels;
  private final float height;

  private CategoryLabels(List<List<TextLayout>> labels) {
    this.labels = labels;
    float h = 0;
    for (List<TextLayout> lines : labels) {
      h = Math.max(h, TextLines.height(lines));
    }
    this.height = h;
  }

  static CategoryLabels fit(List<String> categories, float slot, ChartFonts fonts) {
    for (int every = 1; every < Math.max(categories.size(), 2); every++) {
      for (float size : SIZES) {
        CategoryLabels labels = layout(categories, every, slot, fonts.regular(size));
        if (labels.fits(every, slot)) {
          return labels;
        }
      }
    }
    Font font = fonts.regular(SIZES[SIZES.length - 1]);
    List<List<TextLayout>> cut = new ArrayList<>();
    for (String c : categories) {
      cut.add(TextLines.wrap(c, font, slot - GAP, MAX_LINES));
    }
    return new CategoryLabels(cut);
  }

  /** The height one line of labels takes, for a first layout pass. */
  static float oneLine(ChartFonts fonts) {
    Font font = fonts.regular(ChartStyle.TICK_SIZE);
    return TextLines.height(List.of(new TextLayout("Xg", font, TextLines.FRC)));
  }

  float height() {
    return height;
  }

  /** Draws each shown label centred under its category, kept inside {@code [left, right]}. */
  void paint(Graphics2D g, double[] centres, float top, float left, float right) {
    g.setColor(ChartStyle.MUTED_TEXT);
    for (int i = 0; i < labels.size() && i < centres.length; i++) {
      float half = TextLines.width(labels.get(i)) / 2;
      float centre = (float) Math.max(left + half, Math.min(right - half, centres[i]));
      float y = top;
      for (TextLayout line : labels.get(i)) {
        y = TextLines.drawCentred(g, line, centre, y);
      }
    }
  }

  private static CategoryLabels layout(List<String> categories, int every, float slot, Font font) {
    List<List<TextLayout>> out = new ArrayList<>();
    for (int i = 0; i < categories.size(); i++) {
      out.add(
          i % every == 0
              ? TextLines.wrapWhole(categories.get(i), font, slot * every - GAP)
              : List.of());
    }
    return new CategoryLabels(out);
  }

  /** No label over three lines, and no two shown neighbours overlapping. */
  private boolean fits(int every, float slot) {
    float previousHalf = -1;
    for (int i = 0; i < labels.size(); i += every) {
      List<TextLayout> lines = labels.get(i);
      if (lines.size() > MAX_LINES) {
        return false;
      }
      float half = TextLines.width(lines) / 2;
      if (previousHalf >= 0 && previousHalf + half + GAP > slot * every) {
        return false;
      }
      previousHalf = half;
    }
    return true;
  }
}
