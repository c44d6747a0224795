package org.sourcebrief.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;

/**
 * The {@code serve} path: in one warm JVM, build the site a few times, then change one briefing and
 * time the build that follows, from the call to the files written. There is no incremental build
 * yet, so this is a full in-process rebuild with a warm chart cache.
 */
final class RebuildLatency {
  private static final int WARM_UPS = 3;
  private static final String[] EDITS = {
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve"
  };

  /** Milliseconds of each measured rebuild, and the median of each stage; charts "on" or "off". */
  record Result(int briefings, String charts, List<Double> ms, Map<String, Double> stageMs) {
    double median() {
      return Median.of(ms);
    }
  }

  private RebuildLatency() {}

  static Result measure(
      Path content, Path templates, Path out, Path cache, int briefings, boolean charts, int runs)
      throws IOException {
    BuildOptions options =
        new BuildOptions(
            content, templates, out, null, false, false, LocalDate.of(2025, 1, 15), cache);
    for (int i = 0; i < WARM_UPS; i++) build(options);
    Path edited =
        content.resolve("briefings").resolve(SyntheticCorpus.name(briefings / 2 + 1) + ".md");
    String original = Files.readString(edited, StandardCharsets.UTF_8);
    List<Double> ms = new ArrayList<>();
    Map<String, List<Long>> stages = new LinkedHashMap<>();
    try {
      for (int i = 0; i < runs; i++) {
        Files.writeString(
            edited,
            original
                + "\nThis synthetic paragraph was edited, round "
                + EDITS[i % EDITS.length]
                + ".\n",
            StandardCharsets.UTF_8);
        long start = System.nanoTime();
        BuildResult r = build(options);
        ms.add((System.nanoTime() - start) / 1e6);
        r.times()
            .nanos()
            .forEach(
                (s, n) -> stages.computeIfAbsent(s, k -> new ArrayList<>()).add(n / 1_000_000));
      }
    } finally {
      Files.writeString(edited, original, StandardCharsets.UTF_8);
    }
    Map<String, Double> stageMs = new LinkedHashMap<>();
    stages.forEach((s, v) -> stageMs.put(s, Median.of(v)));
    return new Result(briefings, charts ? "on" : "off", ms, stageMs);
  }

  /** One builder for the whole series, with its page memo, as `serve` keeps it. */
  private static final SiteBuilder WARM = SiteBuilder.forRebuilds();

  private static BuildResult build(BuildOptions options) throws IOException {
    BuildResult r = WARM.build(options);
    if (r.failed() || !r.diagnostics().isEmpty()) {
      throw new IllegalStateException(
          "the synthetic corpus did not build cleanly:\n" + r.printer().format(r.diagnostics()));
    }
    return r;
  }
}
