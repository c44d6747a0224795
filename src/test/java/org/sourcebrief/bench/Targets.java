package org.sourcebrief.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sourcebrief's performance targets (2-core machine, medians), each judged against what this run
 * measured: met, missed by how much, or not measured with these settings. They are judged on the
 * rows built with the launcher's JVM options, as users run it ({@code ./sourcebrief}); "cold" is a
 * first build as on a fresh CI runner: no cache (emptied before every run), a new JVM, a new output
 * folder; "warm cache" the same build with the cache the run before filled.
 *
 * <ul>
 *   <li>cold, charts off: 1,000 briefings ≤ 3 s; 5,000 ≤ 12 s; 5,000 ≤ 5 × the 1,000 time
 *   <li>warm cache, charts off: 1,000 briefings ≤ 1.0 s; 5,000 ≤ 5 s
 *   <li>cold, 1,000 briefings with 1,000 charts ≤ 8 s
 *   <li>cold, the example site ≤ 1.0 s
 *   <li>one-file rebuild in a warm process, 1,000 briefings (charts off and on) ≤ 100 ms
 *   <li>peak RSS, cold, 5,000 briefings, charts off ≤ 1 GB
 * </ul>
 */
final class Targets {
  /** One row of the verdict table. */
  record Verdict(String target, String measured, String verdict) {}

  private final List<ColdSeries> cold;
  private final List<RebuildLatency.Result> rebuilds;
  private final String jvm;
  private final List<Verdict> out = new ArrayList<>();

  /**
   * @param jvm the rows to judge: {@link ColdSeries#LAUNCHER}, or {@link ColdSeries#PLAIN} when the
   *     benchmark runs without launcher options
   */
  Targets(List<ColdSeries> cold, List<RebuildLatency.Result> rebuilds, String jvm) {
    this.cold = cold;
    this.rebuilds = rebuilds;
    this.jvm = jvm;
  }

  List<Verdict> judge() {
    seconds("cold, 1,000 briefings, charts off: ≤ 3 s", find(1000, "off", "empty"), 3.0, 1000);
    seconds("cold, 5,000 briefings, charts off: ≤ 12 s", find(5000, "off", "empty"), 12.0, 5000);
    linear();
    seconds(
        "warm cache, 1,000 briefings, charts off: ≤ 1.0 s", find(1000, "off", "warm"), 1.0, 1000);
    seconds("warm cache, 5,000 briefings, charts off: ≤ 5 s", find(5000, "off", "warm"), 5.0, 5000);
    String charts = "cold, 1,000 briefings + 1,000 charts: ≤ 8 s";
    find(1000, "on", "empty")
        .ifPresentOrElse(
            s -> judge(charts, s.wall(), 8.0, "s"),
            () -> notMeasured(charts, "-Dbench.sizes=…,1000 -Dbench.chartSizes=…,1000"));
    String example = "cold, example site: ≤ 1.0 s";
    ColdSeries.find(cold, "example site", 0, null, "empty", jvm)
        .ifPresentOrElse(
            s -> judge(example, s.wall(), 1.0, "s"),
            () -> notMeasured(example, "no example site row"));
    for (String on : List.of("off", "on")) {
      String name = "one-file rebuild, warm process, 1,000 briefings, charts " + on + ": ≤ 100 ms";
      rebuilds.stream()
          .filter(r -> r.briefings() == 1000 && r.charts().equals(on))
          .findFirst()
          .ifPresentOrElse(
              r -> judge(name, r.median(), 100, "ms"),
              () -> notMeasured(name, "-Dbench.rebuildSizes=1000"));
    }
    String rss = "peak RSS, cold, 5,000 briefings, charts off: ≤ 1 GB";
    find(5000, "off", "empty")
        .ifPresentOrElse(
            s -> {
              if (s.peakRssMb() >= 0) judge(rss, s.peakRssMb(), 1024, "MB");
              else notMeasured(rss, "no /proc to read it from");
            },
            () -> notMeasured(rss, "-Dbench.sizes=…,5000"));
    return out;
  }

  private Optional<ColdSeries> find(int briefings, String charts, String cache) {
    return ColdSeries.find(cold, "synthetic", briefings, charts, cache, jvm);
  }

  private void seconds(String name, Optional<ColdSeries> s, double limit, int size) {
    s.ifPresentOrElse(
        x -> judge(name, x.wall(), limit, "s"),
        () -> notMeasured(name, String.format(Locale.ROOT, "-Dbench.sizes=…,%d", size)));
  }

  private void linear() {
    String name = "cold, 5,000 briefings ≤ 5 × the 1,000 time (charts off)";
    Optional<ColdSeries> small = find(1000, "off", "empty");
    Optional<ColdSeries> large = find(5000, "off", "empty");
    if (small.isEmpty() || large.isEmpty()) {
      notMeasured(name, "-Dbench.sizes=1000,5000");
      return;
    }
    judge(name, large.get().wall() / small.get().wall(), 5.0, "×");
  }

  private void judge(String name, double value, double limit, String unit) {
    String measured = format(value, unit);
    String verdict =
        value <= limit
            ? "met"
            : "MISSED by "
                + format(value - limit, unit)
                + String.format(Locale.ROOT, " (%.2f× the target)", value / limit);
    out.add(new Verdict(name, measured, verdict));
  }

  private void notMeasured(String name, String how) {
    out.add(new Verdict(name, "—", "not measured (" + how + ")"));
  }

  private static String format(double v, String unit) {
    return switch (unit) {
      case "s" -> String.format(Locale.ROOT, "%.2f s", v);
      case "×" -> String.format(Locale.ROOT, "%.2f×", v);
      default -> String.format(Locale.ROOT, "%.0f %s", v, unit);
    };
  }
}
