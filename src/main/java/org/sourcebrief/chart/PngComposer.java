package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/**
 * The shareable PNG: the chart with its title above and its source line and the site name below,
 * all baked into the pixels, so a forwarded image keeps its attribution. Drawn at 800×500 and
 * written at 2× (1600×1000 pixels). The title and the source wrap onto at most two lines each; the
 * chart takes the height that is left.
 */
final class PngComposer {

  private static final int PAD = 20;
  private static final int GAP = 10;
  private static final int MAX_LINES = 2;

  private PngComposer() {}

  static byte[] render(ChartData d) {
    int w = ChartStyle.PNG_WIDTH;
    int h = ChartStyle.PNG_HEIGHT;
    int k = ChartStyle.PNG_SCALE;
    BufferedImage image = new BufferedImage(w * k, h * k, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.scale(k, k);
      g.setColor(ChartStyle.BACKGROUND);
      g.fillRect(0, 0, w, h);
      Font titleFont = BundledFonts.bold(ChartStyle.PNG_TITLE_SIZE);
      Font footFont = BundledFonts.regular(ChartStyle.PNG_FOOTER_SIZE);
      Font siteFont = BundledFonts.bold(ChartStyle.PNG_FOOTER_SIZE);
      List<TextLayout> title = TextLines.wrap(d.title(), titleFont, w - 2 * PAD, MAX_LINES);
      List<TextLayout> source = TextLines.wrap(d.sourceLine(), footFont, w - 2 * PAD, MAX_LINES);
      TextLayout site = TextLines.wrap(d.siteName(), siteFont, w - 2 * PAD, 1).get(0);

      float y = PAD;
      g.setColor(ChartStyle.TEXT);
      for (TextLayout line : title) {
        y = TextLines.draw(g, line, PAD, y);
      }
      float chartTop = y + GAP;
      float footTop = h - PAD / 2f - footerHeight(source, site, w);
      paintChart(g, d, (int) chartTop, w, (int) (footTop - GAP - chartTop));
      g.setColor(ChartStyle.GRID);
      g.draw(new Line2D.Float(PAD, footTop, w - PAD, footTop));
      drawFooter(g, source, site, footTop + GAP / 2f, w);
    } finally {
      g.dispose();
    }
    return encode(image);
  }

  private static float footerHeight(List<TextLayout> source, TextLayout site, int w) {
    float height = GAP / 2f;
    for (TextLayout line : source) {
      height += TextLines.height(line);
    }
    return siteFitsBeside(source, site, w) ? height : height + TextLines.height(site);
  }

  /** The site name goes at the right of the last source line when both fit on it. */
  private static boolean siteFitsBeside(List<TextLayout> source, TextLayout site, int w) {
    if (source.isEmpty()) {
      return false;
    }
    TextLayout last = source.get(source.size() - 1);
    return last.getAdvance() + 3 * GAP + site.getAdvance() <= w - 2 * PAD;
  }

  private static void drawFooter(Graphics2D g, List<TextLayout> source, TextLayout site, float y, int w) {
    boolean beside = siteFitsBeside(source, site, w);
    float lastTop = y;
    g.setColor(ChartStyle.MUTED_TEXT);
    for (TextLayout line : source) {
      lastTop = y;
      y = TextLines.draw(g, line, PAD, y);
    }
    g.setColor(ChartStyle.TEXT);
    TextLines.draw(g, site, w - PAD - site.getAdvance(), beside ? lastTop : y);
  }

  private static void paintChart(Graphics2D g, ChartData d, int top, int width, int height) {
    Graphics2D cg = (Graphics2D) g.create();
    try {
      cg.translate(0, top);
      ChartFrame.paint(cg, d, width, height);
    } finally {
      cg.dispose();
    }
  }

  private static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  /** PNG through ImageIO without metadata, so equal images give equal bytes. */
  private static byte[] encode(BufferedImage image) {
    ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(128 * 1024);
    try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
      writer.setOutput(out);
      writer.write(null, new IIOImage(image, null, null), writer.getDefaultWriteParam());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      writer.dispose();
    }
    return bytes.toByteArray();
  }
}
