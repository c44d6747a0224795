package org.sourcebrief.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class WebAddressTest {
  /** Addresses that run code or open local files, spelled every way a browser still reads. */
  static final List<String> HOSTILE =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "\u0001javascript:alert(1)",
          "java\tscript:alert(1)",
          "java\nscript:alert(1)",
          "java\u200Bscript:alert(1)",
          "&#106;avascript:alert(1)",
          "&#x6A;avascript:alert(1)",
          "&#0000106avascript:alert(1)",
          "javascript&colon;alert(1)",
          "java&Tab;script:alert(1)",
          "javascript%3Aalert(1)",
          "%6Aavascript:alert(1)",
          "%256Aavascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "DATA:text/html;base64,PHNjcmlwdD4=",
          "vbscript:msgbox(1)",
          "VBScript:msgbox(1)",
          "file:///etc/passwd");

  @Test
  void sourceAddressesMustBeWebAddresses() {
    for (String s : HOSTILE) assertFalse(WebAddress.isWebAddress(s), s);
    for (String s :
        List.of(
            "www.example.org",
            "https://",
            "https:///path",
            "https://exa mple.org/",
            "https://example.org/\u0001",
            "https://example.org/a\u200Bb",
            "ftp://example.org/",
            "//example.org/")) {
      assertFalse(WebAddress.isWebAddress(s), s);
    }
    for (String s :
        List.of(
            "https://example.org",
            "http://example.org/a?b=c#d",
            "HTTPS://EXAMPLE.ORG/",
            "https://web.archive.org/web/2024/https://example.org/x",
            "https://fa.wikipedia.org/wiki/افغانستان")) {
      assertTrue(WebAddress.isWebAddress(s), s);
    }
  }

  @Test
  void markdownLinksMayBeWebMailOrWithinTheSite() {
    for (String s : HOSTILE) assertFalse(WebAddress.isSafeLink(s), s);
    for (String s :
        List.of(
            "https://example.org/",
            "HTTP://example.org/",
            "mailto:editor@example.org",
            "#sources",
            "../facts/#people_count",
            "about/",
            "?q=1",
            "images/a:b.png",
            "//example.org/x",
            "")) {
      assertTrue(WebAddress.isSafeLink(s), s);
    }
  }

  @Test
  void invisibleCharactersAreNamedInMessages() {
    assertEquals("javaU+0009script:", WebAddress.shown("java\tscript:"));
    assertEquals("a bU+200B", WebAddress.shown("a b\u200B"));
  }
}
