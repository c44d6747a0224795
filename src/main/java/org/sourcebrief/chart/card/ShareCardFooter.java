package org.sourcebrief.chart.card;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sourcebrief.chart.ChartFonts;
import org.sourcebrief.chart.ChartStyle;
import org.sourcebrief.chart.PngComposer;

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

  /**
   * Bands already drawn, by what they show: the cards of a site share a few source lines, and
   * setting their text is a tenth of a card's work. The pixels are those the card would draw.
   */
  private static final Map<Key, Band> DRAWN = new ConcurrentHashMap<>();

  private static final int KEPT = 256;

  private record Key(String siteName, String sourceLine, ChartFonts fonts, boolean rtl) {}

  /** The band's pixels from row {@code row} of the card down, and the band's top. */
  private record Band(BufferedImage pixels, int row, float top) {}

  /** Forgets every band drawn, so the next card draws its own (for tests). */
  static void forget() {
    DRAWN.clear();
  }

  /** Paints the band; returns its top. */
  static float paint(Graphics2D g, ShareCard card) {
    Key key = new Key(card.siteName(), card.sourceLine(), card.fonts(), card.rightToLeft());
    Band band = DRAWN.get(key);
    if (band == null) {
      if (DRAWN.size() >= KEPT) DRAWN.clear();
      band = draw(card);
      DRAWN.put(key, band);
    }
    g.drawImage(band.pixels(), 0, band.row(), null);
    return band.top();
  }

  /**
   * The band drawn on the card's background into an image of the rows it touches; those rows hold
   * nothing else, as the card's content ends well above the band.
   */
  private static Band draw(ShareCard card) {
    Layout l = layout(card);
    int row = (int) Math.floor(l.top());
    BufferedImage image =
        new BufferedImage(
            ShareCardRenderer.WIDTH, ShareCardRenderer.HEIGHT - row, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      PngComposer.hints(g);
      g.setColor(ChartStyle.BACKGROUND);
      g.fillRect(0, 0, image.getWidth(), image.getHeight());
      g.translate(0, -row);
      paintBand(g, l, card.rightToLeft());
    } finally {
      g.dispose();
    }
    return new Band(image, row, l.top());
  }

  /** Where the band's texts go, at which sizes. */
  private record Layout(
      ShareCardText site, ShareCardText source, float sourceWidth, float content, float top) {}

  private static Layout layout(ShareCard card) {
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
    return new Layout(site, source, sourceWidth, content, top);
  }

  private static void paintBand(Graphics2D g, Layout l, boolean rtl) {
    float top = l.top();
    float content = l.content();
    g.setColor(BAND);
    g.fill(new Rectangle2D.Float(0, top, ShareCardRenderer.WIDTH, ShareCardRenderer.HEIGHT - top));
    float middle = top + BAND_PAD + content / 2;
    float sourceX = rtl ? ShareCardRenderer.WIDTH - PAD - l.sourceWidth() : PAD;
    float siteX = rtl ? PAD : ShareCardRenderer.WIDTH - PAD - l.site().width();
    l.source().draw(g, sourceX, middle - l.source().height() / 2, l.sourceWidth(), rtl);
    l.site().draw(g, siteX, middle - l.site().height() / 2, l.site().width(), rtl);
  }

  /** A band without text keeps the height of one source line. */
  private static float lineHeight(ChartFonts fonts) {
    return ShareCardText.fit("Source", SOURCE, fonts, Float.MAX_VALUE).height();
  }
}
