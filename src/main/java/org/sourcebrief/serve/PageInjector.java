package org.sourcebrief.serve;

import java.nio.charset.StandardCharsets;

/**
 * Adds the preview's own markup to an HTML page as it is sent: the overlay right after the opening
 * {@code <body>} tag, so screen readers meet it first, and the live-reload script just before
 * {@code </body>}. The page's own bytes are never changed in the build.
 */
final class PageInjector {
  private PageInjector() {}

  static byte[] inject(byte[] page, String overlay, String script) {
    String html = new String(page, StandardCharsets.UTF_8);
    int open = afterBodyOpenTag(html);
    int close = lastIndexOfIgnoreCase(html, "</body>");
    // Without a body tag, anything put before the doctype would switch the page to quirks mode.
    if (open < 0) open = html.length();
    if (close < open) close = html.length();
    String out =
        html.substring(0, open)
            + overlay
            + html.substring(open, close)
            + script
            + html.substring(close);
    return out.getBytes(StandardCharsets.UTF_8);
  }

  /** The index just past {@code <body …>}, or -1. */
  static int afterBodyOpenTag(String html) {
    for (int i = html.indexOf('<'); i >= 0; i = html.indexOf('<', i + 1)) {
      if (!html.regionMatches(true, i, "<body", 0, 5) || i + 5 >= html.length()) continue;
      char next = html.charAt(i + 5);
      if (next != '>' && !Character.isWhitespace(next)) continue;
      int end = html.indexOf('>', i);
      return end < 0 ? -1 : end + 1;
    }
    return -1;
  }

  /**
   * Case-insensitive search from the end. (Lower-casing the page first would be simpler, but it can
   * change the string's length, as Turkish "İ" does, and so every index after it.)
   */
  static int lastIndexOfIgnoreCase(String s, String what) {
    for (int i = s.length() - what.length(); i >= 0; i--) {
      if (s.regionMatches(true, i, what, 0, what.length())) return i;
    }
    return -1;
  }
}
