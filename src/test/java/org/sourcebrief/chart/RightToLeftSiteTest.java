package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/** Whole sites in Dari and Urdu, built and checked through the command line. */
class RightToLeftSiteTest {

  private static final String CHART =
      """

      -- content/charts/c.yaml --
      - id: statuses
        type: bar
        title: "%s"
        alt: "%s"
        series:
          - name: "%s"
            points:
              - { label: "%s", fact: people_count }
      """;

  @Test
  void aDariSiteDrawsItsChart(@TempDir Path dir) throws IOException {
    FixtureSite.write(
        dir,
        site("fa", "fa-AF")
            + CHART.formatted(
                "افغان‌ها در پاکستان", "نمودار میله‌ای.", "افغان‌ها", "پناهجویان ثبت‌شده"));
    CliRun run = CliRun.in(dir, "build");
    assertEquals(0, run.exitCode(), run.err());
    Path svg = dir.resolve("site-out/figures/statuses.svg");
    assertTrue(Files.size(svg) > 1000, "the chart was drawn");
  }

  @Test
  void latinLettersInAnUrduChartAreDrawnInVazirmatn(@TempDir Path dir) throws IOException {
    FixtureSite.write(
        dir,
        site("ur", "ur-PK")
            + CHART.formatted("پاکستان میں افغان", "بار چارٹ۔", "افغان", "PoR کارڈ"));
    CliRun run = CliRun.in(dir, "build");
    assertEquals(0, run.exitCode(), run.errRelativeTo(dir));
    assertTrue(Files.size(dir.resolve("site-out/figures/statuses.svg")) > 1000);
  }

  @Test
  void textNoBundledFontHasFailsTheCheck(@TempDir Path dir) {
    FixtureSite.write(
        dir,
        site("ur", "ur-PK") + CHART.formatted("پاکستان میں افغان", "بار چارٹ۔", "افغان", "کارڈ 中"));
    CliRun run = CliRun.in(dir, "check");
    String err = run.errRelativeTo(dir);
    assertEquals(1, run.exitCode(), err);
    assertTrue(err.contains("content/charts/c.yaml:1:7: error[chart-missing-glyph]"), err);
    assertTrue(err.contains("\"کارڈ 中\" has 中 (U+4E2D), which Noto Nastaliq Urdu lacks"), err);
  }

  /** The minimal site in another language, its own text written in Arabic script. */
  private static String site(String language, String locale) {
    return FixtureSite.MINIMAL
        .replace("title: \"Test site\"", "title: \"بازگشت از پاکستان\"")
        .replace("language: en", "language: " + language)
        .replace("locale: en-US", "locale: " + locale)
        .replace("publisher: \"Statistics Agency\"", "publisher: \"اداره آمار\"");
  }
}
