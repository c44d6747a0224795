package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.sourcebrief.testing.FixtureSite;

/**
 * A site rebuilt again and again in one warm process (as {@code serve} does: unchanged pages kept,
 * images from the cache, only changed files written into the output folder) is, after any sequence
 * of edits, byte for byte the site a fresh build on a single thread makes of the same content.
 */
class IncrementalBuildPropertyTest {

  private static final String SITE =
      FixtureSite.MINIMAL
          + """
      -- content/facts/b.yaml --
      - id: other_count
        label: "Other count (test data)"
        value: 1000
        unit: people
        as_of: 2024
        source: agency-2024
      - id: both_counts
        label: "Both counts (test data)"
        derive: "people_count + other_count"
        unit: people
      -- content/charts/c.yaml --
      - id: both
        type: bar
        title: "Both counts (test data)"
        alt: "Two bars (test data)."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
              - { label: "Other", fact: other_count }
      -- content/briefings/second.md --
      ---
      title: "Second briefing"
      date: 2024-07-01
      ---
      Other: {{fact:other_count}}, in all {{fact:both_counts}}.

      {{chart:both}}
      -- content/briefings/third.md --
      ---
      title: "Third briefing"
      date: 2024-08-01
      ---
      Nothing cited here.
      """;

  /** One edit an editor might make between two saves. */
  enum Edit {
    FACT_VALUE,
    FACT_LABEL,
    BRIEFING_TEXT,
    BRIEFING_TITLE,
    NEW_BRIEFING,
    REMOVE_BRIEFING,
    SITE_TITLE,
    SOURCE_TITLE
  }

  @Property(tries = 5)
  void warmRebuildsEqualAFreshSingleThreadedBuild(
      @ForAll @Size(min = 1, max = 3) List<@net.jqwik.api.From("edits") Edit> edits,
      @ForAll("numbers") int seed)
      throws Exception {
    Path dir = Files.createTempDirectory("incremental");
    try {
      FixtureSite.write(dir, SITE);
      Path out = dir.resolve("site-out");
      SiteBuilder warm = SiteBuilder.forRebuilds();
      BuildOptions options = options(dir, out, dir.resolve("cache"));
      BuildResult first = warm.build(options);
      assertFalse(first.failed(), () -> first.printer().format(first.diagnostics()));
      int step = 0;
      for (Edit edit : edits) {
        apply(edit, dir, seed + step++);
        BuildResult r = warm.build(options);
        assertFalse(r.failed(), () -> r.printer().format(r.diagnostics()));
        SortedMap<String, byte[]> fresh = freshOnOneThread(dir);
        SortedMap<String, byte[]> written = folder(out);
        assertEquals(fresh.keySet(), written.keySet(), "after " + edit);
        fresh.forEach((path, bytes) -> assertArrayEquals(bytes, written.get(path), path));
      }
    } finally {
      AtomicWriter.deleteTree(dir);
    }
  }

  @Provide
  Arbitrary<Edit> edits() {
    return Arbitraries.of(Edit.class);
  }

  @Provide
  Arbitrary<Integer> numbers() {
    return Arbitraries.integers().between(1, 1000);
  }

  private static void apply(Edit edit, Path dir, int n) throws IOException {
    Path content = dir.resolve("content");
    switch (edit) {
      case FACT_VALUE ->
          replace(content.resolve("facts/b.yaml"), "value: \\d+", "value: " + (1000 + n));
      case FACT_LABEL ->
          replace(
              content.resolve("facts/b.yaml"),
              "Other count[^\"]*",
              "Other count " + n + " (test data)");
      case BRIEFING_TEXT ->
          append(
              content.resolve("briefings/second.md"),
              "\nA sentence added, number " + n + " in words.\n");
      case BRIEFING_TITLE ->
          replace(
              content.resolve("briefings/third.md"),
              "title: \"[^\"]*\"",
              "title: \"Third, edit " + n + "\"");
      case NEW_BRIEFING ->
          Files.writeString(
              content.resolve("briefings/added-" + n + ".md"),
              "---\ntitle: \"Added "
                  + n
                  + "\"\ndate: 2024-09-01\n---\nCounted: {{fact:people_count}}.\n");
      case REMOVE_BRIEFING -> {
        try (Stream<Path> s = Files.list(content.resolve("briefings"))) {
          for (Path p : s.filter(p -> p.getFileName().toString().startsWith("added-")).toList()) {
            Files.delete(p);
          }
        }
      }
      case SITE_TITLE ->
          replace(
              content.resolve("site.yaml"), "title: \"[^\"]*\"", "title: \"Test site " + n + "\"");
      case SOURCE_TITLE ->
          replace(
              content.resolve("sources.yaml"),
              "title: \"[^\"]*\"",
              "title: \"Annual report " + n + "\"");
    }
  }

  private static void replace(Path file, String regex, String with) throws IOException {
    Files.writeString(file, Files.readString(file).replaceFirst(regex, with));
  }

  private static void append(Path file, String text) throws IOException {
    Files.writeString(file, Files.readString(file) + text);
  }

  private static BuildOptions options(Path dir, Path out, Path cache) {
    return new BuildOptions(
        dir.resolve("content"),
        dir.resolve("templates"),
        out,
        null,
        false,
        false,
        LocalDate.of(2025, 1, 15),
        cache);
  }

  /** A build with nothing kept and no cache, its parallel work run on a pool of one thread. */
  private static SortedMap<String, byte[]> freshOnOneThread(Path dir)
      throws InterruptedException, ExecutionException {
    ForkJoinPool one = new ForkJoinPool(1);
    try {
      return one.submit(
              () -> {
                BuildResult r = new SiteBuilder().build(options(dir, null, null));
                assertFalse(r.failed(), () -> r.printer().format(r.diagnostics()));
                return r.files();
              })
          .get();
    } finally {
      one.shutdown();
    }
  }

  /** Every file under {@code out} but the build's marker, by its path in the site. */
  private static SortedMap<String, byte[]> folder(Path out) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> s = Files.walk(out)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        String name = out.relativize(p).toString().replace('\\', '/');
        if (!name.equals(OutputFolder.MARKER)) files.put(name, Files.readAllBytes(p));
      }
    }
    return files;
  }
}
