package org.sourcebrief.chart.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartFonts;
import org.sourcebrief.chart.ChartFrame;
import org.sourcebrief.chart.ChartRenderer;
import org.sourcebrief.chart.ChartStyle;
import org.sourcebrief.chart.PngComposer;
import org.sourcebrief.chart.XChartSetup;

/**
 * Draws the image a shared link previews with: a 1200×630 PNG (the Open Graph size) showing the
 * page title, its key figure and, in a dark band along the bottom, the source line and the site
 * name, so a forwarded preview carries the number <em>and</em> where it comes from.
 *
 * <ul>
 *   <li>A headline fact: its value very large in bold, its label and period under it, the page
 *       title above.
 *   <li>A chart: the page title above the chart, drawn as on its figure page at 1.5×.
 *   <li>No figure: the title alone, large.
 * </ul>
 *
 * <p>Text is set in the bundled font for the card's language ({@link ChartFonts}), right-aligned
 * for a right-to-left language, at the largest size that fits, and shortened with an ellipsis only
 * when the smallest size does not. Output depends only on the {@link ShareCard}: never on the
 * machine's fonts, default locale or time zone. Safe to call from many threads at once.
 */
public final class ShareCardRenderer {

  public static final int WIDTH = 1200;
  public static final int HEIGHT = 630;

  /** Changes whenever the same card would draw differently; for a cache key. */
  public static final String VERSION = "2;" + ChartRenderer.VERSION;

  static final float PAD = 60;
  private static final float ACCENT = 10;
  private static final float TOP = 44;
  private static final float BOTTOM = 32;
  private static final float GAP = 24;
  private static final float CHART_SCALE = 1.5f;
  // Below this logical height a chart's labels crowd its plot; it is drawn smaller instead.
  private static final float CHART_MIN_HEIGHT = 230;

  private static final ShareCardText.Style TITLE = bold(44, 32, 2, ChartStyle.TEXT);
  private static final ShareCardText.Style LARGE_TITLE = bold(76, 44, 4, ChartStyle.TEXT);
  private static final ShareCardText.Style CHART_TITLE = regular(30, 24, 1, ChartStyle.MUTED_TEXT);

  /** Okabe–Ito blue, 5.1:1 on white. */
  private static final ShareCardText.Style VALUE = bold(150, 60, 2, ChartStyle.SERIES[0]);

  private static final ShareCardText.Style LABEL = regular(38, 28, 2, ChartStyle.TEXT);
  private static final ShareCardText.Style PERIOD = regular(30, 24, 1, ChartStyle.MUTED_TEXT);

  private static final float INNER = WIDTH - 2 * PAD;

  /** Draws the card; equal cards give equal bytes. */
  public byte[] png(ShareCard card) {
    try {
      return PngComposer.encode(draw(card));
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "could not draw the share card '" + card.title() + "': " + e, e);
    }
  }

  /** The card's pixels, before encoding. */
  static BufferedImage draw(ShareCard card) {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      paint(g, card);
    } finally {
      g.dispose();
    }
    return image;
  }

  private static void paint(Graphics2D g, ShareCard card) {
    PngComposer.hints(g);
    g.setColor(ChartStyle.BACKGROUND);
    g.fillRect(0, 0, WIDTH, HEIGHT);
    g.setColor(ChartStyle.SERIES[0]);
    g.fill(new Rectangle2D.Float(0, 0, WIDTH, ACCENT));
    float top = ACCENT + TOP;
    float bottom = ShareCardFooter.paint(g, card) - BOTTOM;
    if (card.figure() instanceof ShareCard.Fact fact) {
      paintFact(g, card, fact, top, bottom);
    } else if (card.figure() instanceof ShareCard.Chart chart) {
      paintChart(g, card, chart.data(), top, bottom);
    } else {
      paintTitle(g, card, top, bottom);
    }
  }

  /** The title at the top; value, label and period centred in the space below it. */
  private static void paintFact(
      Graphics2D g, ShareCard card, ShareCard.Fact fact, float top, float bottom) {
    boolean rtl = card.rightToLeft();
    ChartFonts fonts = card.fonts();
    ShareCardText title = ShareCardText.fit(card.title(), TITLE, fonts, INNER, bottom - top);
    title.draw(g, PAD, top, INNER, rtl);
    float groupTop = top + after(title, GAP * 1.5f);
    ShareCardText label = ShareCardText.fit(fact.label(), LABEL, fonts, INNER);
    ShareCardText period = ShareCardText.fit(fact.period(), PERIOD, fonts, INNER);
    float below = after(label, GAP / 2) + after(period, GAP / 3);
    float valueRoom = bottom - groupTop - below - GAP / 2;
    ShareCardText value = ShareCardText.fit(fact.value(), VALUE, fonts, INNER, valueRoom);
    float group = value.height() + GAP / 2 + below;
    float y = groupTop + Math.max(0, (bottom - groupTop - group) / 2);
    value.draw(g, PAD, y, INNER, rtl);
    y += value.height() + GAP / 2;
    label.draw(g, PAD, y, INNER, rtl);
    period.draw(g, PAD, y + after(label, GAP / 3), INNER, rtl);
  }

  /** The title, the chart's own title when it differs, then the chart in the rest. */
  private static void paintChart(
      Graphics2D g, ShareCard card, ChartData chart, float top, float bottom) {
    boolean rtl = card.rightToLeft();
    ChartFonts fonts = card.fonts();
    ShareCardText title = ShareCardText.fit(card.title(), TITLE, fonts, INNER, bottom - top);
    title.draw(g, PAD, top, INNER, rtl);
    float y = top + after(title, GAP / 2);
    String chartTitle = Objects.requireNonNullElse(chart.title(), "").strip();
    if (!chartTitle.equalsIgnoreCase(card.title().strip())) {
      ShareCardText sub = ShareCardText.fit(chartTitle, CHART_TITLE, fonts, INNER);
      sub.draw(g, PAD, y, INNER, rtl);
      y += after(sub, GAP / 2);
    }
    paintChartFrame(g, chart, y, bottom + BOTTOM / 2);
  }

  private static void paintChartFrame(Graphics2D g, ChartData chart, float top, float bottom) {
    float scale = Math.min(CHART_SCALE, Math.max(1, (bottom - top) / CHART_MIN_HEIGHT));
    // The frame keeps its own small padding; inset it so its text lines up with the title.
    float inset = XChartSetup.PADDING * scale;
    Graphics2D cg = (Graphics2D) g.create();
    try {
      cg.translate(PAD - inset, top);
      cg.scale(scale, scale);
      int w = Math.round((INNER + 2 * inset) / scale);
      int h = Math.round((bottom - top) / scale);
      ChartFrame.paint(cg, chart, w, h);
    } finally {
      cg.dispose();
    }
  }

  /** The title alone, as large as fits, centred in the height above the footer. */
  private static void paintTitle(Graphics2D g, ShareCard card, float top, float bottom) {
    ShareCardText title =
        ShareCardText.fit(card.title(), LARGE_TITLE, card.fonts(), INNER, bottom - top);
    float y = top + Math.max(0, (bottom - top - title.height()) / 2);
    title.draw(g, PAD, y, INNER, card.rightToLeft());
  }

  /** The height a text takes with the gap after it; nothing at all for an absent text. */
  private static float after(ShareCardText text, float gap) {
    return text.isEmpty() ? 0 : text.height() + gap;
  }

  static ShareCardText.Style bold(float largest, float smallest, int lines, Color colour) {
    return new ShareCardText.Style(true, largest, smallest, lines, colour);
  }

  static ShareCardText.Style regular(float largest, float smallest, int lines, Color colour) {
    return new ShareCardText.Style(false, largest, smallest, lines, colour);
  }
}
