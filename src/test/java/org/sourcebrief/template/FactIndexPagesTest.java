package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.paths.FactPages;
import org.sourcebrief.quality.HtmlChecker;
import org.sourcebrief.testing.FixtureSite;

/**
 * A long fact index is cut into pages of {@link FactPages#PER_PAGE} facts, each linking the others,
 * and every link to a fact leads to the page that lists it.
 */
class FactIndexPagesTest {
  @TempDir Path dir;

  /** {@code n} synthetic facts (test data), the briefing citing the first and the last. */
  private static String site(int n) {
    StringBuilder facts = new StringBuilder("-- content/facts/many.yaml --\n");
    for (int i = 1; i <= n; i++) {
      facts.append(
          String.format(
              "- id: count_%03d\n  label: \"Synthetic count %d (test data)\"\n  value: %d\n"
                  + "  unit: people\n  as_of: 2024-04-30\n  source: agency-2024\n",
              i, i, 1000 + i));
    }
    String last = String.format("count_%03d", n);
    return FixtureSite.MINIMAL.replace(
            "We counted {{fact:people_count}} people.",
            "We counted {{fact:people_count}} people, then {{fact:" + last + "}} more.")
        + facts;
  }

  private SortedMap<String, byte[]> build(int n) throws IOException {
    return FixtureSite.build(dir, site(n)).files();
  }

  private static String text(SortedMap<String, byte[]> files, String path) {
    byte[] b = files.get(path);
    assertTrue(b != null, () -> path + " missing; have " + files.keySet());
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void aLongIndexIsCutIntoLinkedPagesAndFactLinksFindTheirPage() throws IOException {
    int n = FactPages.PER_PAGE + 10; // plus people_count: 261 facts, two pages
    SortedMap<String, byte[]> files = build(n);
    String first = text(files, "facts/index.html");
    String second = text(files, "facts/2/index.html");
    assertFalse(files.containsKey("facts/3/index.html"));
    assertEquals(FactPages.PER_PAGE, count(first, "<section class=\"fact\""));
    assertEquals(11, count(second, "<section class=\"fact\""));
    String last = String.format("count_%03d", n);
    assertTrue(second.contains("id=\"" + last + "\""));
    assertFalse(first.contains("id=\"" + last + "\""));
    // The source index's links to its facts lead to the page that lists each.
    String sources = text(files, "sources/index.html");
    assertTrue(sources.contains("href=\"../facts/2/#" + last + "\""), sources);
    assertTrue(sources.contains("href=\"../facts/#people_count\""), sources);
    // Each page names its place, links the other and the next or previous one.
    assertTrue(first.contains("<title>Facts, page 1 of 2 · Test site</title>"), first);
    assertTrue(second.contains("<h1>Facts, page 2 of 2</h1>"), second);
    assertTrue(first.contains("<span aria-current=\"page\">1</span>"));
    assertTrue(first.contains("<a href=\"../facts/2/\">2</a>"), first);
    assertTrue(first.contains("<a href=\"../facts/2/\" rel=\"next\">Next page</a>"), first);
    assertTrue(second.contains("<a href=\"../../facts/\" rel=\"prev\">Previous page</a>"), second);
    assertTrue(second.contains("<span aria-current=\"page\">2</span>"));
    // Both are listed for search engines, and each has its own share card.
    String sitemap = text(files, "sitemap.xml");
    assertTrue(sitemap.contains("https://example.org/test/facts/2/"), sitemap);
    assertArrayEquals(
        files.get("share/facts/index.png"),
        files.get("share/facts/2/index.png"),
        "the pages of the index share one card");
    assertTrue(files.get("share/facts/2/index.png").length > 1000);
    HtmlChecker checker = new HtmlChecker();
    for (String p : List.of("facts/index.html", "facts/2/index.html")) {
      assertEquals(List.of(), checker.errors(text(files, p), p));
    }
  }

  @Test
  void everyLinkToAFactFindsItsEntry() throws IOException {
    SortedMap<String, byte[]> files = build(2 * FactPages.PER_PAGE + 5);
    Pattern link = Pattern.compile("href=\"((?:\\.\\./)*)facts/(?:(\\d+)/)?#([a-z_0-9]+)\"");
    int checked = 0;
    for (String path : files.keySet()) {
      if (!path.endsWith(".html")) continue;
      Matcher m = link.matcher(text(files, path));
      while (m.find()) {
        String page =
            m.group(2) == null ? "facts/index.html" : "facts/" + m.group(2) + "/index.html";
        assertTrue(
            text(files, page).contains("<section class=\"fact\" id=\"" + m.group(3) + "\""),
            () -> path + " links " + m.group() + ", not on " + page);
        checked++;
      }
    }
    assertTrue(checked >= 3, "links were found: " + checked);
  }

  @Test
  void aLongRunOfPagesShowsTheEndsAndTheNeighboursWithGaps() throws IOException {
    SortedMap<String, byte[]> files = build(11 * FactPages.PER_PAGE); // 12 pages
    assertTrue(files.containsKey("facts/12/index.html"));
    assertFalse(files.containsKey("facts/13/index.html"));
    String sixth = text(files, "facts/6/index.html");
    String pager = sixth.substring(sixth.indexOf("<nav class=\"pager\""));
    pager = pager.substring(0, pager.indexOf("</nav>"));
    assertTrue(pager.contains("<a href=\"../../facts/\">1</a>"), pager);
    assertFalse(pager.contains(">2</a>"), pager);
    for (int page : new int[] {3, 4, 5, 7, 8, 9}) {
      assertTrue(pager.contains("<a href=\"../../facts/" + page + "/\">" + page + "</a>"), pager);
    }
    assertTrue(pager.contains("<span aria-current=\"page\">6</span>"), pager);
    assertFalse(pager.contains(">10</a>") || pager.contains(">11</a>"), pager);
    assertTrue(pager.contains("<a href=\"../../facts/12/\">12</a>"), pager);
    assertEquals(2, count(pager, "<li aria-hidden=\"true\">…</li>"), pager);
    assertEquals(List.of(), new HtmlChecker().errors(sixth, "facts/6/index.html"));
  }

  @Test
  void aShortIndexIsOnePageWithoutPageLinks() throws IOException {
    SortedMap<String, byte[]> files = build(3);
    String index = text(files, "facts/index.html");
    assertFalse(index.contains("class=\"pager\""));
    assertTrue(index.contains("<h1>Facts</h1>"));
    assertFalse(files.keySet().stream().anyMatch(p -> p.startsWith("facts/2/")));
  }

  private static int count(String s, String what) {
    int n = 0;
    for (int i = s.indexOf(what); i >= 0; i = s.indexOf(what, i + 1)) n++;
    return n;
  }
}
