package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigLoader;

class LinksTest {
  @Test
  void relativeRootsFromEveryDepth() {
    assertEquals("", Links.root(""));
    assertEquals("../", Links.root("facts/"));
    assertEquals("../../", Links.root("briefings/returns/"));
    assertEquals("./", Links.href("", ""));
    assertEquals("../../facts/", Links.href("../../", "facts/"));
  }

  @Test
  void absoluteAddressesUnderASubPathOrAtTheRoot() {
    assertEquals(
        "https://org.github.io/repo/briefings/x/",
        Links.absolute("https://org.github.io/repo/", "briefings/x/"));
    assertEquals("https://example.org/facts/", Links.absolute("https://example.org/", "facts/"));
    assertEquals("/repo/", SiteConfig.basePath("https://org.github.io/repo/"));
    assertEquals("/", SiteConfig.basePath("https://example.org/"));
  }

  @Test
  void baseUrlsAreNormalisedWithATrailingSlash() {
    assertEquals(
        "https://org.github.io/repo/",
        SiteConfigLoader.normalizeBaseUrl("https://org.github.io/repo").orElseThrow());
    assertEquals(
        "https://org.github.io/repo/",
        SiteConfigLoader.normalizeBaseUrl(" https://org.github.io/repo/ ").orElseThrow());
    assertEquals(
        "https://example.org/",
        SiteConfigLoader.normalizeBaseUrl("https://example.org").orElseThrow());
    assertEquals(true, SiteConfigLoader.normalizeBaseUrl("/repo/").isEmpty());
    assertEquals(true, SiteConfigLoader.normalizeBaseUrl("ftp://example.org/").isEmpty());
  }
}
