package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.AffineTransform;
import java.util.ArrayList;
import java.util.List;

/**
 * Word-wrapped text drawn as glyph outlines, the way XChart draws its own text, so it looks the
 * same in the SVG and the PNG. Lines break at spaces only (the JDK's line break iterator would
 * depend on the default locale); the last allowed line ends in an ellipsis when the text does not
 * fit. All measuring uses one fixed font render context, never the target's.
 */
public final class TextLines {

  static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final float LEADING = 1.25f;

  private TextLines() {}

  public static List<TextLayout> wrap(String text, Font font, float width, int maxLines) {
    List<String> words = words(text);
    List<TextLayout> lines = new ArrayList<>();
    int next = 0;
    while (next < words.size() && lines.size() < maxLines) {
      int end = lineEnd(words, next, font, width);
      String line = join(words, next, end);
      if (lines.size() == maxLines - 1 && end < words.size()) {
        line = ellipsize(join(words, next, words.size()), font, width);
        end = words.size();
      } else if (advance(line, font) > width) {
        line = ellipsize(line, font, width); // a single word wider than the line
      }
      lines.add(new TextLayout(line, font, FRC));
      next = end;
    }
    return lines;
  }

  /** Wrapped without cutting: a word wider than {@code width} gets a line of its own. */
  public static List<TextLayout> wrapWhole(String text, Font font, float width) {
    List<String> words = words(text);
    List<TextLayout> lines = new ArrayList<>();
    for (int next = 0; next < words.size(); ) {
      int end = lineEnd(words, next, font, width);
      lines.add(new TextLayout(join(words, next, end), font, FRC));
      next = end;
    }
    return lines;
  }

  /** Draws the line with its top at {@code top}; returns the top of the next line. */
  public static float draw(Graphics2D g, TextLayout line, float x, float top) {
    g.fill(line.getOutline(AffineTransform.getTranslateInstance(x, top + line.getAscent())));
    return top + height(line);
  }

  static float drawCentred(Graphics2D g, TextLayout line, float centre, float top) {
    return draw(g, line, centre - line.getAdvance() / 2, top);
  }

  public static float height(TextLayout line) {
    return (line.getAscent() + line.getDescent()) * LEADING;
  }

  public static float height(List<TextLayout> lines) {
    float h = 0;
    for (TextLayout line : lines) {
      h += height(line);
    }
    return h;
  }

  public static float width(List<TextLayout> lines) {
    float w = 0;
    for (TextLayout line : lines) {
      w = Math.max(w, line.getAdvance());
    }
    return w;
  }

  static float advance(String s, Font font) {
    return new TextLayout(s, font, FRC).getAdvance();
  }

  private static int lineEnd(List<String> words, int start, Font font, float width) {
    int end = start + 1;
    while (end < words.size() && advance(join(words, start, end + 1), font) <= width) {
      end++;
    }
    return end;
  }

  private static List<String> words(String text) {
    return List.of((text == null || text.isBlank() ? "\u00a0" : text.strip()).split("\\s+"));
  }

  private static String ellipsize(String text, Font font, float width) {
    String t = text;
    while (t.length() > 1 && advance(t + "\u2026", font) > width) {
      t = t.substring(0, t.length() - 1).stripTrailing();
    }
    return t + "\u2026";
  }

  private static String join(List<String> words, int from, int to) {
    return String.join(" ", words.subList(from, to));
  }
}
