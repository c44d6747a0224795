package org.sourcebrief.chart.card;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.TextLayout;
import java.util.List;
import org.sourcebrief.chart.ChartFonts;
import org.sourcebrief.chart.TextLines;

/**
 * One text of a share card, set at the largest size of its style that fits its box whole. When even
 * the smallest size does not fit, the last allowed line ends in an ellipsis: text is shortened at a
 * character, never clipped through a glyph.
 */
final class ShareCardText {

  /**
   * How one kind of text is set: regular or bold, a range of sizes, a number of lines and a colour;
   * the typeface is the card's.
   */
  record Style(boolean bold, float largest, float smallest, int maxLines, Color colour) {

    Font font(ChartFonts fonts, float size) {
      return bold ? fonts.bold(size) : fonts.regular(size);
    }
  }

  private static final float STEP = 2;
  private static final ShareCardText NONE = new ShareCardText(List.of(), Color.BLACK, true);

  private final List<TextLayout> lines;
  private final Color colour;
  private final boolean whole;

  private ShareCardText(List<TextLayout> lines, Color colour, boolean whole) {
    this.lines = lines;
    this.colour = colour;
    this.whole = whole;
  }

  static ShareCardText fit(String text, Style style, ChartFonts fonts, float width) {
    return fit(text, style, fonts, width, Float.MAX_VALUE);
  }

  static ShareCardText fit(
      String text, Style style, ChartFonts fonts, float width, float maxHeight) {
    if (text.isBlank()) {
      return NONE;
    }
    // Sizes run from the largest (step 0) down; text that fits at one size fits at every smaller
    // one, so the largest that fits is found by halving.
    int low = 0;
    int high = Math.round((style.largest() - style.smallest()) / STEP) + 1;
    List<TextLayout> best = null;
    while (low < high) {
      int step = (low + high) / 2;
      float size = style.largest() - step * STEP;
      List<TextLayout> lines = whole(text, style.font(fonts, size), style, width, maxHeight);
      if (lines == null) {
        low = step + 1;
      } else {
        best = lines;
        high = step;
      }
    }
    if (best != null) {
      return new ShareCardText(best, style.colour(), true);
    }
    Font smallest = style.font(fonts, style.smallest());
    return new ShareCardText(
        TextLines.wrap(text, smallest, width, style.maxLines()), style.colour(), false);
  }

  /** The text wrapped whole at one size, or null when it does not fit the box. */
  private static List<TextLayout> whole(
      String text, Font font, Style style, float width, float maxHeight) {
    List<TextLayout> lines = TextLines.wrapWhole(text, font, width);
    boolean fits =
        lines.size() <= style.maxLines()
            && TextLines.width(lines) <= width
            && height(lines) <= maxHeight;
    return fits ? lines : null;
  }

  /** From the top of the first line to the bottom of the last, without the last line's leading. */
  float height() {
    return height(lines);
  }

  float width() {
    return TextLines.width(lines);
  }

  /** False when the text had to be shortened to fit. */
  boolean whole() {
    return whole;
  }

  boolean isEmpty() {
    return lines.isEmpty();
  }

  /**
   * Draws the lines from {@code top}, each flush with the start edge of the {@code x}..{@code x +
   * width} column: the left edge, or the right one on a right-to-left card.
   */
  void draw(Graphics2D g, float x, float top, float width, boolean rightToLeft) {
    g.setColor(colour);
    float y = top;
    for (TextLayout line : lines) {
      float lineX = rightToLeft ? x + width - line.getAdvance() : x;
      y = TextLines.draw(g, line, lineX, y);
    }
  }

  private static float height(List<TextLayout> lines) {
    if (lines.isEmpty()) {
      return 0;
    }
    TextLayout last = lines.get(lines.size() - 1);
    return TextLines.height(lines) - TextLines.height(last) + last.getAscent() + last.getDescent();
  }
}
