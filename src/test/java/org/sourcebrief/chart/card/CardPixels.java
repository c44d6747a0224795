package org.sourcebrief.chart.card;

import java.awt.image.BufferedImage;
import java.util.Map;

/** A share card's pixels before encoding, for tests and benchmarks outside this package. */
public final class CardPixels {

  private CardPixels() {}

  public static BufferedImage of(ShareCard card) {
    return ShareCardRenderer.draw(card);
  }

  /** Every kind of card the renderer's tests draw (synthetic text, labelled as test data). */
  public static Map<String, ShareCard> samples() {
    return ShareCardRendererTest.cards();
  }
}
