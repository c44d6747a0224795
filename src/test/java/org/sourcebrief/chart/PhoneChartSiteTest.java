package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/** A built site shows each figure through a picture that picks the phone layout by width. */
class PhoneChartSiteTest {

  private static final String CHART =
      """

      -- content/facts/b.yaml --
      - id: others_count
        label: "Others counted"
        value: 200000
        unit: people
        as_of: 2024-04-30
        source: agency-2024
      - id: rest_count
        label: "The rest"
        derive: "people_count - others_count"
        unit: people
      -- content/charts/c.yaml --
      - id: statuses
        type: bar
        title: "People by status"
        alt: "Bar chart of people by status."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
              - { label: "Others", fact: others_count }
              - { label: "The rest", fact: rest_count }
      """;

  @Test
  void everyFigureHasANarrowLayoutPickedByViewport(@TempDir Path dir) throws IOException {
    FixtureSite.write(dir, FixtureSite.MINIMAL + CHART);
    CliRun run = CliRun.in(dir, "build");
    assertEquals(0, run.exitCode(), run.errRelativeTo(dir));
    Path out = dir.resolve("site-out");
    String narrow = Files.readString(out.resolve("figures/statuses-narrow.svg"));
    assertTrue(narrow.contains("width=\"360\" height=\"440\""), narrow.substring(0, 200));
    // The calculated bar is tinted in both layouts.
    assertTrue(narrow.contains("fill=\"#b3d5e8\""), "the calculated bar is hatched");
    assertTrue(
        Files.readString(out.resolve("figures/statuses.svg")).contains("fill=\"#b3d5e8\""),
        "the wide layout hatches it too");
    String page =
        new String(
            Files.readAllBytes(out.resolve("figures/statuses/index.html")), StandardCharsets.UTF_8);
    assertTrue(
        page.contains(
            "<picture><source media=\"(max-width: 40rem)\""
                + " srcset=\"../../figures/statuses-narrow.svg\" width=\"360\" height=\"440\">"
                + "<img src=\"../../figures/statuses.svg\" alt=\"Bar chart of people by status.\""
                + " width=\"560\" height=\"350\""),
        page);
    String embed = Files.readString(out.resolve("figures/statuses/embed/index.html"));
    assertTrue(embed.contains("srcset=\"../../../figures/statuses-narrow.svg\""), embed);
  }
}
