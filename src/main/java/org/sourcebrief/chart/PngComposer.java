package org.sourcebrief.chart;

import com.pngencoder.PngEncoder;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The shareable PNG: the chart with its title above and its source line and the site name below,
 * all baked into the pixels, so a forwarded image keeps its attribution. Drawn at 800×500 and
 * written at 2× (1600×1000 pixels). The title wraps onto at most two lines and the source onto
 * three; the chart takes the height that is left. In a right-to-left language title and source line
 * stand at the right and the site name at the left.
 */
public final class PngComposer {

  private static final int W = ChartStyle.PNG_WIDTH;
  private static final int H = ChartStyle.PNG_HEIGHT;
  private static final int PAD = 20;
  private static final int GAP = 10;
  private static final int TITLE_LINES = 2;
  // The source line is the attribution: it may take a third line before anything is cut.
  private static final int SOURCE_LINES = 3;
  private static final int DEFLATE_LEVEL = 2;

  private PngComposer() {}

  static byte[] render(ChartData d) {
    return encode(draw(d));
  }

  /** The chart's pixels, before encoding. */
  static BufferedImage draw(ChartData d) {
    int k = ChartStyle.PNG_SCALE;
    BufferedImage image = new BufferedImage(W * k, H * k, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      hints(g);
      g.scale(k, k);
      g.setColor(ChartStyle.BACKGROUND);
      g.fillRect(0, 0, W, H);
      ChartFonts fonts = ChartFonts.of(d);
      float chartTop = drawTitle(g, d.title(), fonts) + GAP;
      float footTop = drawFooter(g, d.sourceLine(), d.siteName(), fonts);
      paintChart(g, d, (int) chartTop, W, (int) (footTop - GAP - chartTop));
    } finally {
      g.dispose();
    }
    return image;
  }

  /** Draws the title from the top; returns where it ends. */
  private static float drawTitle(Graphics2D g, String text, ChartFonts fonts) {
    Font font = fonts.bold(ChartStyle.PNG_TITLE_SIZE);
    float y = PAD;
    g.setColor(ChartStyle.TEXT);
    for (TextLayout line : TextLines.wrap(text, font, W - 2 * PAD, TITLE_LINES)) {
      y = TextLines.draw(g, line, start(line, fonts.rightToLeft()), y);
    }
    return y;
  }

  /** Draws a rule, the source line and the site name at the bottom; returns the rule's y. */
  private static float drawFooter(
      Graphics2D g, String sourceLine, String siteName, ChartFonts fonts) {
    Font font = fonts.regular(ChartStyle.PNG_FOOTER_SIZE);
    Font bold = fonts.bold(ChartStyle.PNG_FOOTER_SIZE);
    List<TextLayout> source = TextLines.wrap(sourceLine, font, W - 2 * PAD, SOURCE_LINES);
    TextLayout site = TextLines.wrap(siteName, bold, W - 2 * PAD, 1).get(0);
    float top = H - PAD / 2f - footerHeight(source, site, W);
    g.setColor(ChartStyle.GRID);
    g.draw(new Line2D.Float(PAD, top, W - PAD, top));
    drawFooter(g, source, site, top + GAP / 2f, fonts.rightToLeft());
    return top;
  }

  /** Where a line starts: at the left margin, or flush with the right one. */
  private static float start(TextLayout line, boolean rightToLeft) {
    return rightToLeft ? W - PAD - line.getAdvance() : PAD;
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

  private static void drawFooter(
      Graphics2D g, List<TextLayout> source, TextLayout site, float y, boolean rightToLeft) {
    boolean beside = siteFitsBeside(source, site, W);
    float lastTop = y;
    g.setColor(ChartStyle.MUTED_TEXT);
    for (TextLayout line : source) {
      lastTop = y;
      y = TextLines.draw(g, line, start(line, rightToLeft), y);
    }
    g.setColor(ChartStyle.TEXT);
    float siteX = rightToLeft ? PAD : W - PAD - site.getAdvance();
    TextLines.draw(g, site, siteX, beside ? lastTop : y);
  }

  private static void paintChart(Graphics2D g, ChartData d, int top, int width, int height) {
    // The frame keeps its own small padding; inset it so its text lines up with title and footer.
    int inset = PAD - XChartSetup.PADDING;
    Graphics2D cg = (Graphics2D) g.create();
    try {
      cg.translate(inset, top);
      ChartFrame.paint(cg, d, width - 2 * inset, height);
    } finally {
      cg.dispose();
    }
  }

  /** The rendering hints of every PNG Sourcebrief writes (charts and share cards). */
  public static void hints(Graphics2D g) {
    g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g.setRenderingHint(
        RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
    g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
  }

  /**
   * PNG without metadata, so equal images give equal bytes. pngencoder reads the pixel array
   * directly; ImageIO's writer copied every row into a new raster and tried five filters on it, and
   * took about three times as long for the same pixels (docs/performance.md). Every option is fixed
   * here rather than left to the library's defaults: one thread, so the deflate stream never
   * depends on how the work was split; no predictor filter and no palette, whose per-pixel work
   * cost more than the bytes they saved; deflate level 2, the level the ImageIO writer used before.
   */
  public static byte[] encode(BufferedImage image) {
    return new PngEncoder()
        .withBufferedImage(image)
        .withCompressionLevel(DEFLATE_LEVEL)
        .withMultiThreadedCompressionEnabled(false)
        .withPredictorEncoding(false)
        .withTryIndexedEncoding(false)
        .toBytes();
  }
}
