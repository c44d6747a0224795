package org.sourcebrief.chart;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chart's images as published: the SVG for pages (wide, and {@code narrowSvg} laid out for
 * phones) and the PNG for sharing.
 */
public record RenderedChart(String id, byte[] svg, byte[] narrowSvg, byte[] png) {
  private static final Pattern SIZE =
      Pattern.compile(
          "<svg[^>]*?\\swidth=\"([0-9.]+)(?:px)?\"[^>]*?\\sheight=\"([0-9.]+)(?:px)?\"");

  /** The SVG's width and height in CSS pixels, for the {@code <img>} that shows it. */
  public int[] size() {
    return size(svg);
  }

  /** The phone layout's width and height in CSS pixels. */
  public int[] narrowSize() {
    return size(narrowSvg);
  }

  private static int[] size(byte[] svg) {
    String head = new String(svg, 0, Math.min(svg.length, 2000), StandardCharsets.UTF_8);
    Matcher m = SIZE.matcher(head);
    if (!m.find()) return new int[] {800, 500};
    return new int[] {
      (int) Math.round(Double.parseDouble(m.group(1))),
      (int) Math.round(Double.parseDouble(m.group(2)))
    };
  }
}
