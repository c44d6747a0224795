package org.sourcebrief.template;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.markdown.RenderedPage;

/**
 * Narrative pages kept between builds in one process (`serve`), so a rebuild renders only the pages
 * a change touches. A page is reused when nothing it shows has changed: its own text and front
 * matter, the facts, sources and charts it cites (with their values and citations), the site
 * settings, the navigation and the theme. Only pages that rendered without errors are kept; their
 * warnings are reported again on reuse.
 */
public final class PageMemo {
  /** {@code related} names the related briefings the page linked when it was kept. */
  record Entry(
      String key, String related, RenderedPage page, byte[] html, List<Diagnostic> diagnostics) {}

  private final Map<String, Entry> pages = new ConcurrentHashMap<>();
  private final java.util.concurrent.atomic.AtomicInteger reused =
      new java.util.concurrent.atomic.AtomicInteger();

  Entry get(String file) {
    return pages.get(file);
  }

  void put(String file, Entry e) {
    pages.put(file, e);
  }

  void reused() {
    reused.incrementAndGet();
  }

  /** How many pages have been taken from the memo rather than rendered, since it was made. */
  public int reusedCount() {
    return reused.get();
  }

  static String hash(CharSequence text) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(text.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
