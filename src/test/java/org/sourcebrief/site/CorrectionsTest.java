package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.quality.HtmlChecker;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/**
 * A site with a corrected fact, an updated fact and a briefing's own correction note: where each
 * change shows (footnote, the briefing's box, fact index, Corrections page, feed, data files), and
 * {@code check --since} against an earlier build.
 */
class CorrectionsTest {
  private static final Path FIXTURE = Path.of("src/test/resources/corrections/site.txt");
  @TempDir static Path dir;
  static Path out;

  @BeforeAll
  static void build() throws IOException {
    FixtureSite.write(dir, fixture());
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.err());
    out = dir.resolve("site-out");
  }

  private static String fixture() throws IOException {
    return Files.readString(FIXTURE, StandardCharsets.UTF_8);
  }

  private static String read(String path) throws IOException {
    return Files.readString(out.resolve(path), StandardCharsets.UTF_8);
  }

  @Test
  void theFootnoteOfACorrectedFactSaysWhatItSaidAndWhy() throws IOException {
    String page = read("briefings/water-access/index.html");
    assertTrue(
        page.contains(
            "<li id=\"note-2\" class=\"correction\">Corrected on 3 March 2025: earlier versions"
                + " said 800,000 (The first release counted some households twice)."),
        page);
    // An update is news, not an error: it has no footnote of its own.
    assertFalse(
        page.contains(
            "Updated on 10 February 2025: earlier versions said 9,800 for July"
                + " 2024 – September 2024 (The utility published its next quarterly report). <a class=\"back\""));
  }

  @Test
  void theBriefingBoxListsEveryChangeNewestFirstBeforeTheNotes() throws IOException {
    String page = read("briefings/water-access/index.html");
    int box = page.indexOf("<aside class=\"corrections\"");
    int note = page.indexOf("An earlier version named the wrong district");
    int corrected = page.indexOf("<a href=\"../../facts/#households_without_tap\">");
    int updated = page.indexOf("<a href=\"../../facts/#new_connections\">");
    int notes = page.indexOf("<section class=\"notes\"");
    assertAll(
        () -> assertTrue(box > 0 && box < note && note < corrected, page),
        () -> assertTrue(corrected < updated && updated < notes, page),
        () -> assertTrue(page.contains("Source of the change: National Statistics Office.")));
    assertFalse(read("briefings/untouched/index.html").contains("<aside class=\"corrections\""));
  }

  @Test
  void theFactIndexShowsEachFactsHistory() throws IOException {
    String facts = read("facts/index.html");
    assertTrue(
        facts.contains(
            "<li class=\"change change-update\">Updated on 10 February 2025: earlier versions said"
                + " 9,800 for July 2024 – September 2024"),
        facts);
  }

  @Test
  void theCorrectionsPageListsAllNewestFirst() throws IOException {
    String page = read("corrections/index.html");
    int a = page.indexOf("id=\"page-water-access-1\"");
    int b = page.indexOf("id=\"fact-households_without_tap-1\"");
    int c = page.indexOf("id=\"fact-new_connections-1\"");
    assertTrue(a > 0 && a < b && b < c, page);
    assertTrue(read("index.html").contains("href=\"corrections/\""));
  }

  @Test
  void theFeedHasAnEntryPerCorrection() throws IOException {
    String feed = read("feed.xml");
    assertAll(
        () ->
            assertTrue(
                feed.contains(
                    "<id>https://example.org/water/corrections/#fact-households_without_tap-1</id>"),
                feed),
        () ->
            assertTrue(
                feed.contains(
                    "<id>https://example.org/water/corrections/#page-water-access-1</id>")),
        () -> assertFalse(feed.contains("#fact-new_connections-1")));
  }

  @Test
  void theDataFilesCarryTheHistory() throws IOException {
    JsonNode json = new ObjectMapper().readTree(read("data/facts.json"));
    JsonNode first = json.get("facts").get(0);
    JsonNode entry = first.get("history").get(0);
    assertAll(
        () -> assertEquals("households_without_tap", first.get("id").asText()),
        () -> assertEquals("2025-03-03", entry.get("date").asText()),
        () -> assertEquals("correction", entry.get("kind").asText()),
        () -> assertEquals(800000, entry.get("value").asInt()),
        () -> assertEquals("survey-erratum", entry.get("source").asText()),
        () ->
            assertEquals(
                "https://example.org/water/briefings/water-access/",
                first.get("cited_by").get(0).asText()),
        () -> assertEquals(0, json.get("facts").get(1).get("history").size()));
    String history = read("data/history.csv");
    assertTrue(history.startsWith("\uFEFF"), "a byte-order mark, for Excel");
    List<String> csv = history.substring(1).lines().toList();
    assertEquals(
        List.of(
            "fact_id,date,kind,previous_value,previous_unit,previous_from,previous_to,"
                + "previous_as_of,reason,source_id",
            "households_without_tap,2025-03-03,correction,800000,,,,,The first release counted"
                + " some households twice.,survey-erratum",
            "new_connections,2025-02-10,update,9800,,2024-07,2024-09,,The utility published its"
                + " next quarterly report.,"),
        csv);
  }

  @Test
  void thePagesAreValidHtml() throws IOException {
    HtmlChecker checker = new HtmlChecker();
    for (String p :
        List.of(
            "briefings/water-access/index.html", "corrections/index.html", "facts/index.html")) {
      assertEquals(List.of(), checker.errors(read(p), p));
    }
  }

  @Test
  void checkSinceReportsAChangedValueWithOldAndNewAndAHint(@TempDir Path next) throws IOException {
    FixtureSite.write(next, fixture().replace("value: 2000000", "value: 2100000"));
    CliRun r = CliRun.in(next, "check", "--since", out.toString());
    String err = r.errRelativeTo(next);
    assertAll(
        () -> assertEquals(0, r.exitCode(), err),
        () ->
            assertTrue(
                err.contains(
                    "content/facts/water.yaml:16:7: warning[value-changed-silently]: fact"
                        + " 'households_total' changed since the earlier publication (value"
                        + " 2000000 → 2100000)"),
                err),
        () ->
            assertTrue(
                err.contains("- { date: 2025-01-15, value: 2000000, kind: correction"), err));
    assertEquals(1, CliRun.in(next, "check", "--strict", "--since", out.toString()).exitCode());
  }

  @Test
  void checkSinceAcceptsAChangeTheHistoryRecords(@TempDir Path next) throws IOException {
    String changed =
        fixture()
            .replace(
                "  value: 2000000\n  unit: households\n  as_of: 2024-06-30\n  source: survey-2024\n",
                "  value: 2100000\n  unit: households\n  as_of: 2024-06-30\n  source: survey-2024\n"
                    + "  history:\n    - { date: 2025-01-10, value: 2000000, kind: update }\n");
    FixtureSite.write(next, changed);
    CliRun r =
        CliRun.in(next, "check", "--strict", "--since", out.resolve("data/facts.json").toString());
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(r.err().contains("value-changed-silently"), r.err());
  }

  @Test
  void checkSinceReportsARemovedFactAndWhereItWasCited(@TempDir Path next) throws IOException {
    String without =
        fixture()
            .replace("{{fact:new_connections}}", "many")
            .replaceAll("(?s)- id: new_connections.*?-- content/briefings", "-- content/briefings");
    FixtureSite.write(next, without);
    CliRun r = CliRun.in(next, "check", "--since", out.toString());
    assertTrue(
        r.err()
            .contains(
                "warning[fact-removed]: fact 'new_connections' (New tap connections) was published"
                    + " before and no longer exists; it was cited by"
                    + " https://example.org/water/briefings/water-access/"),
        r.err());
  }

  @Test
  void checkSinceRefusesWhatIsNoPublication(@TempDir Path next) throws IOException {
    FixtureSite.write(next, fixture());
    CliRun r = CliRun.in(next, "check", "--since", next.resolve("content").toString());
    assertEquals(2, r.exitCode());
    assertTrue(r.err().contains("is neither a published site's folder"), r.err());
  }
}
