package org.sourcebrief.chart.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A card whose footer band was drawn for another card with the same site name and source line is
 * the same, byte for byte, as one that drew its band itself.
 */
class ShareCardFooterTest {
  private final ShareCardRenderer renderer = new ShareCardRenderer();

  @Test
  void aBandDrawnForOneCardServesAnotherUnchanged() {
    Map<String, ShareCard> cards = ShareCardRendererTest.cards();
    List<String> names = new ArrayList<>(cards.keySet());
    int shared = 0;
    for (String name : names) {
      ShareCard card = cards.get(name);
      ShareCardFooter.forget();
      byte[] alone = renderer.png(card);
      ShareCardFooter.forget();
      // Every other card first, so this one's band, where another shares it, is taken from that.
      for (String other : names) {
        if (other.equals(name)) continue;
        ShareCard o = cards.get(other);
        if (o.siteName().equals(card.siteName())
            && o.sourceLine().equals(card.sourceLine())
            && o.fonts() == card.fonts()
            && o.rightToLeft() == card.rightToLeft()) {
          renderer.png(o);
          shared++;
        }
      }
      assertArrayEquals(alone, renderer.png(card), name);
    }
    assertTrue(shared > 3, "cards sharing a band were drawn: " + shared);
  }
}
