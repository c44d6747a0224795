package org.sourcebrief.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The measured runs of one configuration (the warm-up run is not among them), summarised by
 * medians.
 *
 * @param corpus "example site" or "synthetic"
 * @param briefings briefings in the corpus
 * @param charts "on" or "off" (no chart files, no chart lines)
 * @param cache "empty" (emptied before every run: a first build, as on a fresh CI runner) or "warm"
 *     (filled by the run before); it holds the rendered charts and share cards
 * @param chartCount charts in the corpus (0 when off)
 * @param jvm "java -jar" (no options), or "launcher options" (those ./sourcebrief adds)
 */
record ColdSeries(
    String corpus,
    int briefings,
    String charts,
    String cache,
    int chartCount,
    String jvm,
    List<ColdRun> runs) {
  static final String PLAIN = "java -jar";
  static final String LAUNCHER = "launcher options";

  /**
   * The first series of {@code rows} that matches; {@code briefings} 0 matches any size (the
   * example site's), {@code charts} null either setting.
   */
  static Optional<ColdSeries> find(
      List<ColdSeries> rows,
      String corpus,
      int briefings,
      String charts,
      String cache,
      String jvm) {
    return rows.stream()
        .filter(
            s ->
                s.corpus().equals(corpus)
                    && (charts == null || s.charts().equals(charts))
                    && s.cache().equals(cache)
                    && s.jvm().equals(jvm)
                    && (briefings == 0 || s.briefings() == briefings))
        .findFirst();
  }

  double wall() {
    return Median.of(runs.stream().map(ColdRun::wallSeconds).toList());
  }

  double minWall() {
    return runs.stream().mapToDouble(ColdRun::wallSeconds).min().orElse(Double.NaN);
  }

  double maxWall() {
    return runs.stream().mapToDouble(ColdRun::wallSeconds).max().orElse(Double.NaN);
  }

  int pages() {
    return runs.isEmpty() ? 0 : runs.get(0).pages();
  }

  double pagesPerSecond() {
    return pages() / wall();
  }

  /** Charts per second of the charts stage; NaN when the corpus has none. */
  double chartsPerSecond() {
    double ms = stage("charts");
    return chartCount == 0 || !(ms > 0) ? Double.NaN : chartCount / (ms / 1000);
  }

  double peakRssMb() {
    return Median.of(runs.stream().map(r -> r.peakRssKb() / 1024.0).toList());
  }

  /** The median time of one stage in ms, NaN if no run printed it. */
  double stage(String name) {
    List<Long> ms = new ArrayList<>();
    for (ColdRun r : runs) if (r.stageMs().containsKey(name)) ms.add(r.stageMs().get(name));
    return Median.of(ms);
  }

  Set<String> stageNames() {
    Set<String> out = new LinkedHashSet<>();
    runs.forEach(r -> out.addAll(r.stageMs().keySet()));
    return out;
  }
}
