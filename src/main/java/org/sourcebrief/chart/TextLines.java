package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wrapped lines of text for the PNG's title and footer. Breaks at spaces only (the JDK's
 * break iterator would depend on the default locale); the last allowed line ends in an ellipsis
 * when the text does not fit.
 */
final class TextLines {

  private static final float LEADING = 1.3f;

  private TextLines() {}

  static List<TextLayout> wrap(String text, Font font, FontRenderContext frc, float width, int maxLines) {
    List<String> words = List.of((text == null || text.isBlank() ? "\u00a0" : text.strip()).split("\\s+"));
    List<TextLayout> lines = new ArrayList<>();
    int next = 0;
    while (next < words.size() && lines.size() < maxLines) {
      int end = next + 1;
      while (end < words.size() && advance(join(words, next, end + 1), font, frc) <= width) {
        end++;
      }
      String line = join(words, next, end);
      if (lines.size() == maxLines - 1 && end < words.size()) {
        line = ellipsize(join(words, next, words.size()), font, frc, width);
        end = words.size();
      } else if (advance(line, font, frc) > width) {
        line = ellipsize(line, font, frc, width); // one word wider than the line
      }
      lines.add(new TextLayout(line, font, frc));
      next = end;
    }
    return lines;
  }

  /** Draws the line with its top at {@code top}; returns the top of the next line. */
  static float draw(Graphics2D g, TextLayout line, float x, float top) {
    line.draw(g, x, top + line.getAscent());
    return top + height(line);
  }

  static float height(TextLayout line) {
    return (line.getAscent() + line.getDescent()) * LEADING;
  }

  private static String ellipsize(String text, Font font, FontRenderContext frc, float width) {
    String t = text;
    while (t.length() > 1 && advance(t + "\u2026", font, frc) > width) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    return t + "\u2026";
  }

  private static float advance(String s, Font font, FontRenderContext frc) {
    return new TextLayout(s, font, frc).getAdvance();
  }

  private static String join(List<String> words, int from, int to) {
    return String.join(" ", words.subList(from, to));
  }
}
