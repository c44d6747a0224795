package org.sourcebrief.chart.card;

import java.nio.file.Path;
import org.sourcebrief.chart.ChartCache;
import org.sourcebrief.diag.Diagnostics;

/**
 * Share cards for every page, drawn once per content: a card whose title, figure and source line
 * are unchanged comes from the cache, byte for byte. Safe to call from many threads.
 */
public final class ShareCardStage {
  private final ShareCardRenderer renderer = new ShareCardRenderer();
  private final ChartCache cache;

  /**
   * {@code cacheDir} null draws every card afresh; a damaged cache entry is drawn again and
   * reported as a notice to {@code diagnostics}.
   */
  public ShareCardStage(Path cacheDir, Diagnostics diagnostics) {
    this.cache = new ChartCache(cacheDir, diagnostics);
  }

  public byte[] png(ShareCard card) {
    String key = ChartCache.key(ShareCardRenderer.VERSION, card);
    return cache
        .get(key, "png")
        .orElseGet(
            () -> {
              byte[] png = renderer.png(card);
              cache.put(key, "png", png);
              return png;
            });
  }
}
