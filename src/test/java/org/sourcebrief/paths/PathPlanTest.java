package org.sourcebrief.paths;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigLoader;

class PathPlanTest {
  private static final PathPlan PLAN = new PathPlan("https://org.github.io/repo/");

  @Test
  void relativeRootsFromEveryDepth() {
    assertEquals("", PLAN.root(""));
    assertEquals("../", PLAN.root("facts/"));
    assertEquals("../../", PLAN.root("briefings/returns/"));
    assertEquals("./", PLAN.href("", ""));
    assertEquals("../../facts/", PLAN.href("../../", "facts/"));
  }

  @Test
  void absoluteAddressesUnderASubPathOrAtTheRoot() {
    assertEquals("https://org.github.io/repo/briefings/x/", PLAN.absolute("briefings/x/"));
    assertEquals(
        "https://example.org/facts/", new PathPlan("https://example.org/").absolute("facts/"));
    assertEquals("/repo/", PLAN.basePath());
    assertEquals("/repo/", SiteConfig.basePath("https://org.github.io/repo/"));
    assertEquals("/", SiteConfig.basePath("https://example.org/"));
  }

  @Test
  void everyKindOfPageAndFileHasItsPlace() {
    assertEquals("facts/", PLAN.facts());
    assertEquals("../facts/#returns", PLAN.fact("../", "returns"));
    assertEquals("../../sources/#un-2024", PLAN.source("../../", "un-2024"));
    assertEquals("figures/returns/", PLAN.figure("returns"));
    assertEquals("figures/returns.svg", PLAN.chartFile("returns", "svg"));
    assertEquals("figures/returns/index.html", PLAN.page(PLAN.figure("returns")));
    assertEquals("data/facts.csv", PLAN.factsData("csv"));
    assertEquals("https://org.github.io/repo/feed.xml", PLAN.absolute(PLAN.feed()));
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
