package org.sourcebrief.chart.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import org.sourcebrief.chart.ChartFonts;
import org.sourcebrief.chart.ChartStyle;

/**
 * The band along the bottom of a share card: the source line at the start, the site name at the
 * end, light on the darkest chart text colour. The source line is the attribution, so it gets most
 * of the width and two lines, or three in smaller type, before anything is cut; the site name gets
 * at most two fifths of the width and one line.
 */
final class ShareCardFooter {

  /** The chart text colour as a band: white on it is 16.9:1. */
  private static final Color BAND = ChartStyle.TEXT;

  private static final ShareCardText.Style SOURCE =
      ShareCardRenderer.regular(30, 24, 2, Color.WHITE);
  private static final ShareCardText.Style LONG_SOURCE =
      ShareCardRenderer.regular(22, 22, 3, Color.WHITE);

  /** The chart grid grey, 12.3:1 on the band. */
  private static final ShareCardText.Style SITE =
      ShareCardRenderer.bold(28, 22, 1, ChartStyle.GRID);

  private static final float PAD = ShareCardRenderer.PAD;
  private static final float BAND_PAD = 22;
  private static final float GAP = 36;

  private ShareCardFooter() {}

  /** Paints the band; returns its top. */
  static float paint(Graphics2D g, ShareCard card) {
    float inner = ShareCardRenderer.WIDTH - 2 * PAD;
    ChartFonts fonts = card.fonts();
    ShareCardText site = ShareCardText.fit(card.siteName(), SITE, fonts, inner * 2 / 5);
    float sourceWidth = site.isEmpty() ? inner : inner - site.width() - GAP;
    ShareCardText source = ShareCardText.fit(card.sourceLine(), SOURCE, fonts, sourceWidth);
    if (!source.whole()) {
      source = ShareCardText.fit(card.sourceLine(), LONG_SOURCE, fonts, sourceWidth);
    }
    float content = Math.max(Math.max(source.height(), site.height()), lineHeight(fonts));
    float top = ShareCardRenderer.HEIGHT - content - 2 * BAND_PAD;
    g.setColor(BAND);
    g.fill(new Rectangle2D.Float(0, top, ShareCardRenderer.WIDTH, ShareCardRenderer.HEIGHT - top));
    boolean rtl = card.rightToLeft();
    float middle = top + BAND_PAD + content / 2;
    float sourceX = rtl ? ShareCardRenderer.WIDTH - PAD - sourceWidth : PAD;
    float siteX = rtl ? PAD : ShareCardRenderer.WIDTH - PAD - site.width();
    source.draw(g, sourceX, middle - source.height() / 2, sourceWidth, rtl);
    site.draw(g, siteX, middle - site.height() / 2, site.width(), rtl);
    return top;
  }

  /** A band without text keeps the height of one source line. */
  private static float lineHeight(ChartFonts fonts) {
    return ShareCardText.fit("Source", SOURCE, fonts, Float.MAX_VALUE).height();
  }
}
