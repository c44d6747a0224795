package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.chart.card.ShareCard;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.testing.SiteFolder;

/**
 * Pages whose slugs look like another page's card name (a page "briefings-b1" beside the briefing
 * "b1", a page "index" beside the home page) each get a share card of their own.
 */
class ShareCardPathsTest {
  @TempDir Path dir;

  private static final String SITE =
      FixtureSite.MINIMAL
          + """
      -- content/briefings/b1.md --
      ---
      title: "Briefing b1"
      ---
      Text.
      -- content/pages/briefings-b1.md --
      ---
      title: "Page briefings-b1"
      ---
      Text.
      -- content/pages/index.md --
      ---
      title: "Page index"
      ---
      Text.
      -- content/pages/b1.md --
      ---
      title: "Page b1"
      ---
      Text.
      -- content/pages/figures-spread.md --
      ---
      title: "Page figures-spread"
      ---
      Text.
      -- content/charts/c.yaml --
      - id: spread
        type: bar
        title: "Chart spread"
        alt: "Bar chart."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
      """;

  private static final Pattern OG_IMAGE =
      Pattern.compile(
          "<meta property=\"og:image\" content=\"https://example\\.org/test/([^\"]*)\">");
  private static final Pattern OG_TITLE =
      Pattern.compile("<meta property=\"og:title\" content=\"([^\"]*)\">");

  @Test
  void everyPageNamesACardOfItsOwnAndTheCardIsWritten() throws IOException {
    FixtureSite.write(dir, SITE);
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.err());
    SortedMap<String, byte[]> files = SiteFolder.read(dir.resolve("site-out"));

    Map<String, String> pageByCard = new TreeMap<>();
    for (Map.Entry<String, String> page : cardsByPage(files).entrySet()) {
      String card = page.getValue();
      String other = pageByCard.put(card, page.getKey());
      assertEquals(null, other, page.getKey() + " and " + other + " share the card " + card);
      assertNotNull(files.get(card), page.getKey() + " names a card that is not written: " + card);
    }
    assertEquals(
        "share/index.png", og(files, "404.html"), "the 404 page shows the home page's card");
    // Written cards are exactly the ones the pages name, and no two are the same picture.
    assertEquals(
        pageByCard.keySet(),
        new java.util.TreeSet<>(
            files.keySet().stream().filter(f -> f.startsWith("share/")).toList()));
    for (String a : pageByCard.keySet())
      for (String b : pageByCard.keySet())
        if (a.compareTo(b) < 0)
          assertFalse(Arrays.equals(files.get(a), files.get(b)), a + " = " + b);
  }

  @Test
  void theCardAPageNamesShowsThatPagesTitle() throws IOException {
    Checked checked = Checked.of(SITE);
    assertFalse(checked.diagnostics().hasErrors(), checked.codes().toString());
    Diagnostics d = new Diagnostics();
    Theme theme =
        new Theme(
            dir.resolve("templates"),
            "templates",
            java.util.Locale.US,
            d,
            new SourceTexts(),
            new ProjectFiles(d, dir.resolve("templates")));
    theme.loadWords("en");
    SiteRenderer renderer = new SiteRenderer(checked.content(), Map.of(), theme, d, null);
    SortedMap<String, byte[]> files = renderer.render();
    Map<String, ShareCard> cards = renderer.shareCards();
    for (Map.Entry<String, String> page : cardsByPage(files).entrySet()) {
      String html = new String(files.get(page.getKey()), StandardCharsets.UTF_8);
      Matcher title = OG_TITLE.matcher(html);
      assertTrue(title.find(), page.getKey());
      ShareCard card = cards.get(page.getValue());
      assertNotNull(card, page.getKey() + ": no card drawn at " + page.getValue());
      assertEquals(title.group(1), card.title(), page.getKey());
    }
  }

  @Test
  void aCardMirrorsItsPagesAddress() {
    assertEquals("share/index.png", new org.sourcebrief.paths.PathPlan("").shareCard(""));
    assertEquals(
        "share/index/index.png", new org.sourcebrief.paths.PathPlan("").shareCard("index/"));
    assertEquals(
        "share/briefings/b1/index.png",
        new org.sourcebrief.paths.PathPlan("").shareCard("briefings/b1/"));
    assertEquals(
        "share/briefings-b1/index.png",
        new org.sourcebrief.paths.PathPlan("").shareCard("briefings-b1/"));
    assertEquals(
        "share/figures/spread/index.png",
        new org.sourcebrief.paths.PathPlan("").shareCard("figures/spread/"));
  }

  /** A page marked noindex (a figure's embed page) is shown inside other sites, not shared. */
  private static boolean notForSharing(SortedMap<String, byte[]> files, String page) {
    return new String(files.get(page), java.nio.charset.StandardCharsets.UTF_8)
        .contains("<meta name=\"robots\" content=\"noindex\">");
  }

  /** Every HTML page but the 404 page and embed pages, with the site file its og:image names. */
  private static Map<String, String> cardsByPage(SortedMap<String, byte[]> files) {
    Map<String, String> out = new TreeMap<>();
    for (String page : files.keySet()) {
      if (page.endsWith(".html") && !page.equals("404.html") && !notForSharing(files, page))
        out.put(page, og(files, page));
    }
    return out;
  }

  private static String og(SortedMap<String, byte[]> files, String page) {
    Matcher m = OG_IMAGE.matcher(new String(files.get(page), StandardCharsets.UTF_8));
    assertTrue(m.find(), page + " has no og:image");
    return m.group(1);
  }
}
