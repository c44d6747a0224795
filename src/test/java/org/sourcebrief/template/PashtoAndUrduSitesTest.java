package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/**
 * Sites in Pashto (ps-AF) and Urdu (ur-PK) built end to end: the theme's own words for the
 * language, right to left, numbers and dates in the locale's digits (Persian for Afghanistan's
 * Pashto, Latin for Pakistan's Urdu), a Latin source isolated inside the translated citation, and
 * no warning about missing words.
 */
class PashtoAndUrduSitesTest {
  private static final String SITE =
      """
      -- content/site.yaml --
      title: "ازموینه"
      description: "د ازموینې وېبپاڼه."
      base_url: "https://example.org/test/"
      language: LANGUAGE
      locale: LOCALE
      -- content/sources.yaml --
      agency-2024:
        publisher: "Statistics Agency"
        title: "Annual report"
        date: 2024-05
        url: "https://example.org/report"
        accessed: 2024-11-15
      -- content/facts/a.yaml --
      - id: people_count
        label: "People counted"
        value: 757008
        unit: people
        as_of: 2024-04-30
        source: agency-2024
      - id: total
        label: "Total"
        value: 3200000
        approximate: true
        as_of: 2024-04-30
        source: agency-2024
      -- content/briefings/first.md --
      ---
      title: "First briefing"
      summary: "A summary."
      date: 2024-06-01
      ---
      {{fact:people_count}} / {{fact:total}}{{cite:agency-2024}}
      """;

  @Test
  void pashtoInAfghanistan(@TempDir Path dir) throws IOException {
    CliRun r = build(dir, "ps", "ps-AF");
    String page = page(dir, "briefings/first/index.html");
    assertAll(
        () -> assertTrue(page.contains("<html lang=\"ps\" dir=\"rtl\""), page),
        () -> assertTrue(page.contains(">سرچینې</h2>"), "the notes heading in Pashto"),
        () -> assertTrue(page.contains(">۷۵۷٬۰۰۸</data>"), "Persian digits"),
        () -> assertTrue(page.contains(">نږدې ۳٫۲ میلیونه</data>"), "about … in Pashto words"),
        () ->
            assertTrue(page.contains("<bdi>Statistics Agency</bdi>"), "a Latin publisher isolated"),
        () -> assertTrue(page.contains("کتل شوې: د ۲۰۲۴ د نومبر ۱۵"), "accessed, in Pashto"),
        () -> assertFalse(r.err().contains("words-missing-language"), r.err()));
  }

  @Test
  void urduInPakistanWithItsRegionInTheLanguage(@TempDir Path dir) throws IOException {
    CliRun r = build(dir, "ur-PK", "ur-PK");
    String page = page(dir, "briefings/first/index.html");
    assertAll(
        () -> assertTrue(page.contains(" dir=\"rtl\""), page),
        () -> assertTrue(page.contains(">مآخذ</h2>"), "the notes heading in Urdu"),
        () -> assertTrue(page.contains(">757,008</data>"), "Latin digits"),
        () -> assertTrue(page.contains(">تقریباً 32 لاکھ</data>"), "about … in Urdu words"),
        () -> assertFalse(page.contains("۷"), "no Persian digits"),
        () -> assertFalse(r.err().contains("words-missing-language"), r.err()));
  }

  @Test
  void urduWithPersianDigitsWhenTheLocaleAsks(@TempDir Path dir) throws IOException {
    build(dir, "ur", "ur-PK-u-nu-arabext");
    String page = page(dir, "briefings/first/index.html");
    assertTrue(page.contains(">۷۵۷٬۰۰۸</data>"), page);
  }

  private static CliRun build(Path dir, String language, String locale) {
    FixtureSite.write(dir, SITE.replace("LANGUAGE", language).replace("LOCALE", locale));
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.errRelativeTo(dir));
    return r;
  }

  private static String page(Path dir, String path) throws IOException {
    return Files.readString(dir.resolve("site-out").resolve(path));
  }
}
