package org.sourcebrief.bench;

import static org.sourcebrief.bench.ColdSeries.LAUNCHER;
import static org.sourcebrief.bench.ColdSeries.PLAIN;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Sourcebrief's performance targets (2-core machine, cold CLI run, medians), each judged against
 * what this run measured: met, missed by how much, or not measured with these settings.
 */
final class Targets {
  /** One row of the verdict table. */
  record Verdict(String target, String measured, String verdict) {}

  private final List<ColdSeries> cold;
  private final List<RebuildLatency.Result> rebuilds;
  private final List<Verdict> out = new ArrayList<>();

  Targets(List<ColdSeries> cold, List<RebuildLatency.Result> rebuilds) {
    this.cold = cold;
    this.rebuilds = rebuilds;
  }

  List<Verdict> judge() {
    for (String jvm : List.of(PLAIN, LAUNCHER)) {
      for (String cache : List.of("empty", "warm")) {
        find("example site", 0, "on", cache, jvm)
            .ifPresent(
                s ->
                    judge(
                        "example site, " + cache + " cache, " + jvm + ": < 1.0 s",
                        s.wall(),
                        1.0,
                        "s"));
      }
    }
    seconds("1,000 briefings, charts off: ≤ 1.2 s", find(1000, "off", "warm"), 1.2);
    find("synthetic", 1000, "off", "warm", LAUNCHER)
        .ifPresent(
            s ->
                judge(
                    "1,000 briefings, charts off, " + LAUNCHER + ": ≤ 1.2 s", s.wall(), 1.2, "s"));
    seconds("5,000 briefings, charts off: ≤ 5 s", find(5000, "off", "warm"), 5.0);
    linear();
    seconds("1,000 briefings + 1,000 charts, empty cache: ≤ 8 s", find(1000, "on", "empty"), 8.0);
    seconds("1,000 briefings + 1,000 charts, warm cache: ≤ 2 s", find(1000, "on", "warm"), 2.0);
    for (String charts : List.of("off", "on")) {
      String name =
          "one-file rebuild, warm process, 1,000 briefings, charts " + charts + ": ≤ 100 ms";
      rebuilds.stream()
          .filter(r -> r.briefings() == 1000 && r.charts().equals(charts))
          .findFirst()
          .ifPresentOrElse(
              r -> judge(name, r.median(), 100, "ms"),
              () -> notMeasured(name, "-Dbench.rebuildSizes=1000"));
    }
    for (String setting : List.of("off warm", "on empty", "on warm")) {
      String[] cs = setting.split(" ");
      String name = "peak RSS, 5,000 briefings, charts " + cs[0] + ", " + cs[1] + " cache: ≤ 1 GB";
      find(5000, cs[0], cs[1])
          .ifPresentOrElse(
              s -> judge(name, s.peakRssMb(), 1024, "MB"),
              () ->
                  notMeasured(
                      name,
                      cs[0].equals("off") ? "-Dbench.sizes=…,5000" : "-Dbench.chartSizes=…,5000"));
    }
    return out;
  }

  private Optional<ColdSeries> find(int briefings, String charts, String cache) {
    return find("synthetic", briefings, charts, cache, PLAIN);
  }

  private Optional<ColdSeries> find(
      String corpus, int briefings, String charts, String cache, String jvm) {
    return cold.stream()
        .filter(
            s ->
                s.corpus().equals(corpus)
                    && s.charts().equals(charts)
                    && s.cache().equals(cache)
                    && s.jvm().equals(jvm)
                    && (briefings == 0 || s.briefings() == briefings))
        .findFirst();
  }

  private void seconds(String name, Optional<ColdSeries> s, double limit) {
    s.ifPresentOrElse(
        x -> judge(name, x.wall(), limit, "s"),
        () -> notMeasured(name, "add the size to -Dbench.sizes (and -Dbench.chartSizes)"));
  }

  private void linear() {
    String name = "5,000 briefings ≤ 5.5 × the 1,000 time (charts off)";
    Optional<ColdSeries> small = find(1000, "off", "warm");
    Optional<ColdSeries> large = find(5000, "off", "warm");
    if (small.isEmpty() || large.isEmpty()) {
      notMeasured(name, "-Dbench.sizes=1000,5000");
      return;
    }
    judge(name, large.get().wall() / small.get().wall(), 5.5, "×");
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
