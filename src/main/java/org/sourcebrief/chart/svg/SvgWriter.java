package org.sourcebrief.chart.svg;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.PathIterator;
import java.awt.geom.Rectangle2D;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourcebrief.chart.svg.SvgCanvas.Mark;

/**
 * Writes recorded marks as a small, accessible SVG: {@code role="img"} named by a {@code <title>}
 * and {@code <desc>}, a viewBox so it scales with its container, consecutive marks of one style
 * merged into one path, clips only where a mark actually crosses its clip, and every id prefixed
 * with the chart id so several charts can be inlined in one page.
 */
public final class SvgWriter {

  private final String idPrefix;
  private final Map<String, String> clipIds = new LinkedHashMap<>();
  private final List<Element> elements = new ArrayList<>();

  /** Marks of one style painted one after another, written as a single path. */
  private static final class Element {
    final String style;
    final String clipId;
    final boolean mergeable;
    final PathEncoder path;
    final List<Rectangle2D> bounds = new ArrayList<>();

    Element(String style, String clipId, boolean mergeable, boolean stroked) {
      this.style = style;
      this.clipId = clipId;
      this.mergeable = mergeable;
      this.path = new PathEncoder(stroked);
    }
  }

  private SvgWriter(String idPrefix) {
    this.idPrefix = idPrefix;
  }

  public static byte[] write(
      List<Mark> marks, int width, int height, String chartId, String title, String desc) {
    SvgWriter w = new SvgWriter(htmlId(chartId));
    marks.forEach(w::add);
    return w.document(width, height, title, desc).getBytes(StandardCharsets.UTF_8);
  }

  /** Letters, digits, '-' and '_' only, starting with a letter: valid in HTML, CSS and url(#…). */
  static String htmlId(String chartId) {
    String cleaned = (chartId == null ? "" : chartId).replaceAll("[^A-Za-z0-9_-]", "_");
    return cleaned.isEmpty() || !Character.isLetter(cleaned.charAt(0)) ? "c" + cleaned : cleaned;
  }

  private void add(Mark m) {
    Rectangle2D b = m.bounds();
    String clipId = null;
    if (m.clip() != null && !m.clip().contains(b)) {
      if (!m.clip().intersects(b)) {
        return; // entirely clipped away
      }
      clipId =
          clipIds.computeIfAbsent(
              encode(m.clip(), false), k -> idPrefix + "-clip" + (clipIds.size() + 1));
    }
    String style = m.stroke() == null ? fillStyle(m) : strokeStyle(m);
    boolean opaque = m.color().getAlpha() == 255;
    Element last = elements.isEmpty() ? null : elements.get(elements.size() - 1);
    boolean merge =
        last != null
            && last.mergeable
            && opaque
            && last.style.equals(style)
            && Objects.equals(last.clipId, clipId)
            // Overlapping fills merged into one path could cancel out under the non-zero rule.
            && (m.stroke() != null || last.bounds.stream().noneMatch(b::intersects));
    if (!merge) {
      last = new Element(style, clipId, opaque, m.stroke() != null);
      elements.add(last);
    }
    last.path.append(m.shape());
    last.bounds.add(b);
  }

  private String document(int width, int height, String title, String desc) {
    StringBuilder sb = new StringBuilder(16_384);
    sb.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"")
        .append(width)
        .append("\" height=\"")
        .append(height)
        .append("\" viewBox=\"0 0 ")
        .append(width)
        .append(' ')
        .append(height)
        .append("\" role=\"img\" aria-labelledby=\"")
        .append(idPrefix)
        .append("-title ")
        .append(idPrefix)
        .append("-desc\">");
    sb.append("<title id=\"")
        .append(idPrefix)
        .append("-title\">")
        .append(escape(title))
        .append("</title>");
    sb.append("<desc id=\"")
        .append(idPrefix)
        .append("-desc\">")
        .append(escape(desc))
        .append("</desc>");
    if (!clipIds.isEmpty()) {
      sb.append("<defs>");
      clipIds.forEach(
          (d, id) ->
              sb.append("<clipPath id=\"")
                  .append(id)
                  .append("\"><path d=\"")
                  .append(d)
                  .append("\"/></clipPath>"));
      sb.append("</defs>");
    }
    for (Element e : elements) {
      if (e.path.isEmpty()) {
        continue;
      }
      sb.append("<path ").append(e.style);
      if (e.clipId != null) {
        sb.append(" clip-path=\"url(#").append(e.clipId).append(")\"");
      }
      sb.append(" d=\"").append(e.path).append("\"/>");
    }
    return sb.append("</svg>\n").toString();
  }

  private static String encode(Shape s, boolean stroked) {
    PathEncoder p = new PathEncoder(stroked);
    p.append(s);
    return p.toString();
  }

  private static String fillStyle(Mark m) {
    String s = "fill=\"" + hex(m.color()) + "\"" + opacity("fill-opacity", m.color());
    int rule = m.shape().getPathIterator(null).getWindingRule();
    return rule == PathIterator.WIND_EVEN_ODD ? s + " fill-rule=\"evenodd\"" : s;
  }

  private static String strokeStyle(Mark m) {
    BasicStroke st = m.stroke();
    StringBuilder s =
        new StringBuilder("fill=\"none\" stroke=\"").append(hex(m.color())).append('"');
    s.append(opacity("stroke-opacity", m.color()));
    if (st.getLineWidth() != 1f) {
      s.append(" stroke-width=\"").append(decimal(st.getLineWidth())).append('"');
    }
    switch (st.getEndCap()) {
      case BasicStroke.CAP_ROUND -> s.append(" stroke-linecap=\"round\"");
      case BasicStroke.CAP_SQUARE -> s.append(" stroke-linecap=\"square\"");
      default -> {} // butt is SVG's default
    }
    switch (st.getLineJoin()) {
      case BasicStroke.JOIN_ROUND -> s.append(" stroke-linejoin=\"round\"");
      case BasicStroke.JOIN_BEVEL -> s.append(" stroke-linejoin=\"bevel\"");
      default -> {
        if (st.getMiterLimit() != 4f) {
          s.append(" stroke-miterlimit=\"").append(decimal(st.getMiterLimit())).append('"');
        }
      }
    }
    if (st.getDashArray() != null) {
      s.append(" stroke-dasharray=\"");
      float[] dash = st.getDashArray();
      for (int i = 0; i < dash.length; i++) {
        s.append(i == 0 ? "" : " ").append(decimal(dash[i]));
      }
      s.append('"');
      if (st.getDashPhase() != 0) {
        s.append(" stroke-dashoffset=\"").append(decimal(st.getDashPhase())).append('"');
      }
    }
    return s.toString();
  }

  private static String opacity(String attribute, Color c) {
    return c.getAlpha() == 255
        ? ""
        : " " + attribute + "=\"" + decimal(c.getAlpha() / 255.0) + "\"";
  }

  /** "#0072b2", or "#ddd" when each channel's two digits are equal. */
  static String hex(Color c) {
    String h =
        String.format(java.util.Locale.ROOT, "%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
    if (h.charAt(0) == h.charAt(1) && h.charAt(2) == h.charAt(3) && h.charAt(4) == h.charAt(5)) {
      return "#" + h.charAt(0) + h.charAt(2) + h.charAt(4);
    }
    return "#" + h;
  }

  /** At most two decimals, no trailing zeros, no leading zero: 2.5 → "2.5", 0.5 → ".5". */
  static String decimal(double v) {
    String s =
        java.math.BigDecimal.valueOf(v)
            .setScale(2, java.math.RoundingMode.HALF_UP)
            .stripTrailingZeros()
            .toPlainString();
    return s.replaceFirst("^(-?)0\\.", "$1.");
  }

  static String escape(String text) {
    StringBuilder sb = new StringBuilder();
    String t = text == null ? "" : text;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        default -> {
          // Control characters are not allowed in XML 1.0.
          if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
