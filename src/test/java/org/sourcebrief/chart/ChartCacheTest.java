package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SortedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.diag.Severity;
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
    assertEquals(6, build(cache).chartsDrawn(), "two charts, each two SVGs and a PNG");
    assertEquals(0, build(cache).chartsDrawn(), "nothing changed, nothing drawn");
    Path facts = dir.resolve("content/facts/b.yaml");
    Files.writeString(facts, Files.readString(facts).replace("value: 1000", "value: 2000"));
    assertEquals(3, build(cache).chartsDrawn(), "only the chart using other_count is redrawn");
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

  @Test
  void truncatedEntriesAreDrawnAgainWithANotice() throws IOException {
    FixtureSite.write(dir, SITE);
    SortedMap<String, byte[]> fresh = build(null).files();
    Path cache = dir.resolve("cache");
    build(cache);
    for (Path entry : entries(cache)) {
      byte[] bytes = Files.readAllBytes(entry);
      Files.write(entry, Arrays.copyOf(bytes, Math.min(100, bytes.length)));
    }
    BuildResult r = build(cache);
    assertEquals(6, r.chartsDrawn(), "both charts drawn again, SVGs and PNG");
    assertEquals(fresh.keySet(), r.files().keySet());
    fresh.forEach((path, bytes) -> assertArrayEquals(bytes, r.files().get(path), path));
    assertTrue(damagedNotices(r) >= 6, () -> r.printer().format(r.diagnostics()));
    assertEquals(0, damagedNotices(build(cache)), "the redrawn entries are sound");
  }

  @Test
  void oneChangedByteInAnImageIsFoundAndDrawnAgain() throws IOException {
    FixtureSite.write(dir, SITE);
    SortedMap<String, byte[]> fresh = build(null).files();
    Path cache = dir.resolve("cache");
    build(cache);
    List<Path> entries = entries(cache);
    for (Path entry : entries) {
      byte[] bytes = Files.readAllBytes(entry);
      bytes[bytes.length - 7] ^= 0x01; // one bit, well inside the image
      Files.write(entry, bytes);
    }
    BuildResult r = build(cache);
    assertEquals(entries.size(), damagedNotices(r), () -> r.printer().format(r.diagnostics()));
    fresh.forEach((path, bytes) -> assertArrayEquals(bytes, r.files().get(path), path));
  }

  @Test
  void theChecksumIsThatOfTheImage() {
    byte[] image = "an image".getBytes(StandardCharsets.US_ASCII);
    java.util.zip.CRC32C crc = new java.util.zip.CRC32C();
    crc.update(image);
    assertEquals(String.format("%08x", crc.getValue()), ChartCache.checksum(image));
    byte[] entry =
        ("crc32c " + ChartCache.checksum(image) + "\n" + "an image")
            .getBytes(StandardCharsets.US_ASCII);
    assertArrayEquals(image, ChartCache.open(entry).orElseThrow());
    entry[entry.length - 1] = 'f';
    assertTrue(ChartCache.open(entry).isEmpty(), "a changed image is refused");
  }

  @Test
  void anImagePlantedInTheCacheIsNotPublished() throws IOException {
    FixtureSite.write(dir, SITE);
    Path cache = dir.resolve("cache");
    build(cache);
    String planted = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>";
    for (Path entry : entries(cache)) {
      if (entry.toString().endsWith(".svg")) Files.writeString(entry, planted);
    }
    BuildResult r = build(cache);
    assertEquals(4, r.chartsDrawn(), "both layouts' SVGs of both charts drawn again");
    r.files()
        .forEach(
            (path, bytes) ->
                assertFalse(
                    new String(bytes, StandardCharsets.ISO_8859_1).contains("<script>alert"),
                    path));
    assertEquals(4, damagedNotices(r), () -> r.printer().format(r.diagnostics()));
    assertEquals(
        Severity.NOTICE,
        r.diagnostics().stream()
            .filter(d -> d.code().equals("cache-entry-damaged"))
            .findFirst()
            .orElseThrow()
            .severity());
  }

  private static List<Path> entries(Path cache) throws IOException {
    try (Stream<Path> s = Files.list(cache)) {
      List<Path> all = s.sorted().toList();
      assertFalse(all.isEmpty(), "the cache holds entries");
      return all;
    }
  }

  private static long damagedNotices(BuildResult r) {
    return r.diagnostics().stream().filter(d -> d.code().equals("cache-entry-damaged")).count();
  }
}
