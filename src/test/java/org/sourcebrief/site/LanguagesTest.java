package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.testing.FixtureSite;

/** A site in English and Dari: where each language's pages go and how they link each other. */
class LanguagesTest {
  private static final String BASE = "https://example.org/test/";

  private static final String SITE =
      """
      -- content/site.yaml --
      title: "Test site"
      description: "A site for tests."
      base_url: "https://example.org/test/"
      languages:
        - language: en
          locale: en-US
        - language: fa
          locale: fa-AF
          title: "سایت آزمایشی"
          description: "سایتی برای آزمایش."
      -- content/sources.yaml --
      agency-2024:
        publisher: "Statistics Agency"
        title: "Annual report"
        date: 2024-05
        translations:
          fa:
            publisher: "ادارهٔ آمار"
      -- content/facts/a.yaml --
      - id: people_count
        label: "People counted"
        value: 757008
        unit: people
        as_of: 2024-04-30
        source: agency-2024
        translations:
          fa:
            label: "افراد شمارش‌شده"
      -- content/charts/c.yaml --
      - id: counted
        type: bar
        title: "People counted"
        alt: "One bar: the people counted."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
        translations:
          fa:
            title: "افراد شمارش‌شده"
            alt: "یک ستون: افراد شمارش‌شده."
            labels:
              "People": "افراد"
              "Counted": "شمارش‌شده"
      -- content/briefings/first.md --
      ---
      title: "First briefing"
      summary: "A summary."
      date: 2024-06-01
      ---
      We counted {{fact:people_count}} people.{{cite:agency-2024}}

      {{chart:counted}}
      -- content/briefings/first.fa.md --
      ---
      title: "نخستین گزارش"
      summary: "خلاصه."
      ---
      ما {{fact:people_count}} نفر را شمردیم.{{cite:agency-2024}}
      -- content/briefings/second.md --
      ---
      title: "Second briefing"
      date: 2024-07-01
      ---
      Only in English: {{fact:people_count}}.{{cite:agency-2024}}
      -- content/pages/about.md --
      ---
      title: "About"
      ---
      About this site.
      """;

  @TempDir Path dir;

  private BuildResult build(String fixture) throws IOException {
    FixtureSite.write(dir, fixture);
    return new SiteBuilder()
        .build(
            new BuildOptions(
                dir.resolve("content"),
                dir.resolve("templates"),
                null,
                null,
                true,
                false,
                LocalDate.of(2024, 9, 1),
                null));
  }

  private static String text(SortedMap<String, byte[]> files, String path) {
    byte[] b = files.get(path);
    if (b == null) throw new AssertionError("no " + path + " among " + files.keySet());
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void eachLanguageHasItsPagesUnderItsPrefixAndSharesTheData() throws IOException {
    BuildResult r = build(SITE);
    assertFalse(r.failed(), () -> r.printer().format(r.diagnostics()));
    SortedMap<String, byte[]> f = r.files();
    for (String p :
        List.of(
            "fa/index.html",
            "fa/briefings/first/index.html",
            "fa/facts/index.html",
            "fa/sources/index.html",
            "fa/figures/counted/index.html",
            "fa/figures/counted.svg",
            "fa/figures/counted.png",
            "fa/feed.xml",
            "fa/404.html",
            "share/fa/briefings/first/index.png",
            "share/fa/index.png")) {
      assertTrue(f.containsKey(p), p + " missing: " + f.keySet());
    }
    // Untranslated narratives have no Dari page; data and assets exist once, at the root.
    assertFalse(f.containsKey("fa/briefings/second/index.html"));
    assertFalse(f.containsKey("fa/about/index.html"));
    assertTrue(
        f.keySet().stream().noneMatch(p -> p.startsWith("fa/data/") || p.startsWith("fa/assets/")));
    assertTrue(f.containsKey("data/facts.json"));
  }

  @Test
  void dariPagesSpeakDariWithTheirOwnTextAndDigits() throws IOException {
    SortedMap<String, byte[]> f = build(SITE).files();
    String page = text(f, "fa/briefings/first/index.html");
    assertTrue(page.contains("<html lang=\"fa\" dir=\"rtl\">"), page);
    assertTrue(page.contains("۷۵۷٬۰۰۸"), "Persian digits");
    assertTrue(page.contains("سایت آزمایشی"), "the site's Dari title");
    assertTrue(page.contains("ادارهٔ آمار"), "the source's Dari publisher");
    assertTrue(text(f, "fa/facts/index.html").contains("افراد شمارش‌شده"), "the fact's Dari label");
    assertTrue(text(f, "fa/figures/counted/index.html").contains("افراد شمارش‌شده"));
    String feed = text(f, "fa/feed.xml");
    assertTrue(feed.contains("نخستین گزارش") && !feed.contains("Second briefing"), feed);
    assertTrue(text(f, "feed.xml").contains("Second briefing"));
  }

  @Test
  void everyHreflangLinkIsAnsweredByThePageItNames() throws IOException {
    SortedMap<String, byte[]> f = build(SITE).files();
    Pattern link =
        Pattern.compile("<link rel=\"alternate\" hreflang=\"([^\"]+)\" href=\"([^\"]+)\">");
    int checked = 0;
    for (Map.Entry<String, byte[]> e : f.entrySet()) {
      if (!e.getKey().endsWith("index.html")) continue;
      String self = BASE + e.getKey().replaceFirst("index\\.html$", "");
      String html = new String(e.getValue(), StandardCharsets.UTF_8);
      Matcher m = link.matcher(html);
      List<String> targets = new ArrayList<>();
      while (m.find()) if (!m.group(1).equals("x-default")) targets.add(m.group(2));
      if (targets.isEmpty()) continue;
      assertTrue(targets.contains(self), e.getKey() + " names itself among its translations");
      for (String t : targets) {
        String path = t.substring(BASE.length()) + "index.html";
        String other = text(f, path);
        assertTrue(other.contains("href=\"" + self + "\""), path + " links back to " + self);
        checked++;
      }
    }
    // home, facts, sources, the figure and the translated briefing, in two languages each
    assertEquals(20, checked);
    String sitemap = text(f, "sitemap.xml");
    assertTrue(
        sitemap.contains("hreflang=\"fa\" href=\"" + BASE + "fa/briefings/first/\""), sitemap);
  }

  @Test
  void theSwitcherNamesEachLanguageInItselfAndMarksTheCurrentOne() throws IOException {
    SortedMap<String, byte[]> f = build(SITE).files();
    String en = text(f, "briefings/first/index.html");
    assertTrue(
        en.contains(
            "<a href=\"../../fa/briefings/first/\" hreflang=\"fa\" lang=\"fa\" dir=\"rtl\">دری</a>"),
        en);
    assertTrue(en.contains("<span aria-current=\"page\" lang=\"en\" dir=\"ltr\">English</span>"));
    String fa = text(f, "fa/briefings/first/index.html");
    assertTrue(fa.contains(">English</a>") && fa.contains("aria-label=\"زبان‌ها\""), fa);
    // A page in one language only links nothing.
    assertFalse(text(f, "briefings/second/index.html").contains("class=\"languages\""));
  }

  @Test
  void aSiteInOneLanguageHasNoSwitcherAndNoHreflang() throws IOException {
    SortedMap<String, byte[]> f = build(FixtureSite.MINIMAL).files();
    String home = text(f, "index.html");
    assertFalse(home.contains("hreflang"));
    assertFalse(home.contains("class=\"languages\""));
  }

  @Test
  void aMissingTranslationIsAWarningAndTheOriginalShows() throws IOException {
    String untranslated =
        "  source: agency-2024\n  translations:\n    fa:\n      label: \"افراد شمارش‌شده\"\n";
    assertTrue(SITE.contains(untranslated));
    BuildResult r = build(SITE.replace(untranslated, "  source: agency-2024\n"));
    List<Diagnostic> warnings =
        r.diagnostics().stream().filter(d -> d.code().equals("missing-translation")).toList();
    assertEquals(1, warnings.size(), () -> r.printer().format(r.diagnostics()));
  }
}
