package org.sourcebrief.chart;

import org.sourcebrief.chart.svg.SvgCanvas;
import org.sourcebrief.chart.svg.SvgWriter;

/**
 * Draws a chart as an SVG for pages and a PNG for sharing.
 *
 * <p>The SVG is 560×350 CSS pixels (and 360×440 in the phone layout) with a viewBox, meant to be
 * shown at {@code width:100%; height:auto}; it is {@code role="img"}, named by a {@code <title>}
 * (the chart title) and a {@code <desc>} (the alt text), and prefixes every id inside it with the
 * chart id. It carries no title of its own: the page's figcaption does. The PNG is 1600×1000 pixels
 * (800×500 at 2×) with the title, the source line and the site name drawn into it.
 *
 * <p>Output depends only on the {@link ChartData}: numbers use its locale, text uses the bundled
 * font for its language ({@link ChartFonts}), never the machine's fonts, default locale or time
 * zone, so equal data gives byte-identical files. A chart in a right-to-left language is drawn
 * mirrored (see {@link ChartFrame}). Safe to call from many threads at once.
 */
public final class ChartRenderer {

  /**
   * Changes whenever the same data would draw differently: bump the leading number with every
   * change to the drawing code, the style or the PNG encoding. The PNG encoder is named because its
   * version shapes the bytes, and the Java version because the JDK's font rasteriser, deflate and
   * locale data shape the output too. Part of the chart cache key.
   */
  public static final String VERSION =
      "11;xchart-3.8.8;pngencoder-0.15.0;" + BundledFonts.NAME + ";java-" + Runtime.version();

  /** The chart as UTF-8 SVG text, ready to inline in HTML or to serve as a file. */
  public byte[] svg(ChartData d) {
    return svg(d, ChartStyle.SVG_WIDTH, ChartStyle.SVG_HEIGHT);
  }

  /**
   * The chart laid out for a phone: 360×440 CSS pixels, the same type sizes as the wide layout, so
   * shown about 350 px wide its text is read at nearly the size it was set. Same data, title and
   * description as {@link #svg}.
   */
  public byte[] narrowSvg(ChartData d) {
    return svg(d, ChartStyle.NARROW_WIDTH, ChartStyle.NARROW_HEIGHT);
  }

  private byte[] svg(ChartData d, int w, int h) {
    try {
      SvgCanvas canvas = new SvgCanvas();
      canvas.setFont(ChartFonts.of(d).regular(ChartStyle.LABEL_SIZE));
      ChartFrame.paint(canvas, d, w, h);
      return SvgWriter.write(canvas.marks(), w, h, d.id(), d.title(), d.alt());
    } catch (RuntimeException e) {
      throw failed(d, "SVG", e);
    }
  }

  /** The chart as a 1600×1000 PNG with its title, source line and site name drawn in. */
  public byte[] png(ChartData d) {
    try {
      return PngComposer.render(d);
    } catch (RuntimeException e) {
      throw failed(d, "PNG", e);
    }
  }

  // Checked chart data should always draw; if XChart still fails, name the chart in the report.
  private static IllegalStateException failed(ChartData d, String format, RuntimeException e) {
    return new IllegalStateException(
        "could not draw the " + format + " of chart '" + d.id() + "' (" + d.type() + "): " + e, e);
  }
}
