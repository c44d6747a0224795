package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;
import org.sourcebrief.testing.FixtureSite;

/** Charts are drawn once per content: the cache serves unchanged charts, byte for byte. */
class ChartCacheTest {
  @TempDir Path dir;

  private static final String SITE =
      FixtureSite.MINIMAL
          + """
      -- content/facts/b.yaml --
      - id: other_count
        label: "Other"
        value: 1000
        unit: people
        as_of: 2024
        source: agency-2024
      -- content/charts/c.yaml --
      - id: both
        type: bar
        title: "Both counts"
        alt: "Two bars (synthetic)."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
              - { label: "Other", fact: other_count }
      - id: counted_only
        type: donut
        title: "Counted only"
        alt: "One slice (synthetic)."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
      """;

  private BuildResult build(Path cache) throws IOException {
    BuildResult r =
        new SiteBuilder()
            .build(
                new BuildOptions(
                    dir.resolve("content"),
                    dir.resolve("templates"),
                    null,
                    null,
                    false,
                    false,
                    LocalDate.of(2025, 1, 15),
                    cache));
    assertEquals(false, r.failed(), () -> r.printer().format(r.diagnostics()));
    return r;
  }

  @Test
  void secondBuildDrawsNothingAndAChangedFactRedrawsOnlyItsCharts() throws IOException {
    FixtureSite.write(dir, SITE);
    Path cache = dir.resolve("cache");
    assertEquals(4, build(cache).chartsDrawn(), "two charts, each an SVG and a PNG");
    assertEquals(0, build(cache).chartsDrawn(), "nothing changed, nothing drawn");
    Path facts = dir.resolve("content/facts/b.yaml");
    Files.writeString(facts, Files.readString(facts).replace("value: 1000", "value: 2000"));
    assertEquals(2, build(cache).chartsDrawn(), "only the chart using other_count is redrawn");
  }

  @Test
  void outputIsTheSameWithAndWithoutTheCache() throws IOException {
    FixtureSite.write(dir, SITE);
    SortedMap<String, byte[]> fresh = build(null).files();
    Path cache = dir.resolve("cache");
    build(cache);
    SortedMap<String, byte[]> cached = build(cache).files();
    assertEquals(fresh.keySet(), cached.keySet());
    fresh.forEach((path, bytes) -> assertArrayEquals(bytes, cached.get(path), path));
  }
}
