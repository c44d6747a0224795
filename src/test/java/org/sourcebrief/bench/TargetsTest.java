package org.sourcebrief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebrief.bench.ColdSeries.LAUNCHER;
import static org.sourcebrief.bench.ColdSeries.PLAIN;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The targets are judged on the launcher rows, cold and warm, from fabricated measurements. */
class TargetsTest {
  private static final List<String> TARGETS =
      List.of(
          "cold, 1,000 briefings, charts off: ≤ 3 s",
          "cold, 5,000 briefings, charts off: ≤ 12 s",
          "cold, 5,000 briefings ≤ 5 × the 1,000 time (charts off)",
          "warm cache, 1,000 briefings, charts off: ≤ 1.0 s",
          "warm cache, 5,000 briefings, charts off: ≤ 5 s",
          "cold, 1,000 briefings + 1,000 charts: ≤ 8 s",
          "cold, example site: ≤ 1.0 s",
          "one-file rebuild, warm process, 1,000 briefings, charts off: ≤ 100 ms",
          "one-file rebuild, warm process, 1,000 briefings, charts on: ≤ 100 ms",
          "peak RSS, cold, 5,000 briefings, charts off: ≤ 1 GB");

  @Test
  void judgesTheLauncherRows() {
    List<ColdSeries> cold =
        List.of(
            series("example site", 3, "on", "empty", LAUNCHER, 0.9, 150),
            series("example site", 3, "on", "empty", PLAIN, 1.7, 160),
            series("synthetic", 1000, "off", "empty", LAUNCHER, 2.5, 400),
            series("synthetic", 1000, "off", "warm", LAUNCHER, 1.5, 380),
            // Plain rows far off every target: they must not be the ones judged.
            series("synthetic", 1000, "off", "empty", PLAIN, 50, 900),
            series("synthetic", 5000, "off", "empty", PLAIN, 1, 100),
            series("synthetic", 5000, "off", "empty", LAUNCHER, 14.0, 1100),
            series("synthetic", 5000, "off", "warm", LAUNCHER, 4.0, 900),
            series("synthetic", 1000, "on", "empty", LAUNCHER, 7.5, 800));
    List<RebuildLatency.Result> rebuilds =
        List.of(new RebuildLatency.Result(1000, "off", List.of(80.0, 90.0, 120.0), Map.of()));

    Map<String, Targets.Verdict> v = byTarget(new Targets(cold, rebuilds, LAUNCHER).judge());

    assertEquals(TARGETS, List.copyOf(v.keySet()));
    assertVerdict(v, TARGETS.get(0), "2.50 s", "met");
    assertVerdict(v, TARGETS.get(1), "14.00 s", "MISSED by 2.00 s (1.17× the target)");
    assertVerdict(v, TARGETS.get(2), "5.60×", "MISSED by 0.60× (1.12× the target)");
    assertVerdict(v, TARGETS.get(3), "1.50 s", "MISSED by 0.50 s (1.50× the target)");
    assertVerdict(v, TARGETS.get(4), "4.00 s", "met");
    assertVerdict(v, TARGETS.get(5), "7.50 s", "met");
    assertVerdict(v, TARGETS.get(6), "0.90 s", "met");
    assertVerdict(v, TARGETS.get(7), "90 ms", "met");
    assertVerdict(
        v, TARGETS.get(8), "—", "not measured (-Dbench.rebuildSizes=1000)"); // no charts-on row
    assertVerdict(v, TARGETS.get(9), "1100 MB", "MISSED by 76 MB (1.07× the target)");
  }

  @Test
  void whatWasNotRunIsNotMeasured() {
    List<ColdSeries> cold =
        List.of(
            series("example site", 3, "on", "empty", LAUNCHER, 1.2, 150),
            series("synthetic", 100, "off", "empty", LAUNCHER, 1.0, 200),
            series("synthetic", 100, "off", "warm", LAUNCHER, 0.8, 200),
            // A plain row of a size is no stand-in for the launcher row.
            series("synthetic", 1000, "off", "empty", PLAIN, 2.0, 300));

    Map<String, Targets.Verdict> v = byTarget(new Targets(cold, List.of(), LAUNCHER).judge());

    assertEquals(TARGETS, List.copyOf(v.keySet()));
    assertVerdict(v, TARGETS.get(6), "1.20 s", "MISSED by 0.20 s (1.20× the target)");
    for (String t : TARGETS) {
      if (t.equals(TARGETS.get(6))) continue;
      assertEquals("—", v.get(t).measured(), t);
      assertTrue(v.get(t).verdict().startsWith("not measured ("), t);
    }
    assertEquals("not measured (-Dbench.sizes=…,1000)", v.get(TARGETS.get(0)).verdict());
    assertEquals("not measured (-Dbench.sizes=1000,5000)", v.get(TARGETS.get(2)).verdict());
  }

  @Test
  void withoutLauncherOptionsThePlainRowsAreJudged() {
    List<ColdSeries> cold =
        List.of(
            series("example site", 3, "on", "empty", PLAIN, 0.7, 150),
            series("synthetic", 1000, "off", "empty", PLAIN, 3.5, 300));

    Map<String, Targets.Verdict> v = byTarget(new Targets(cold, List.of(), PLAIN).judge());

    assertVerdict(v, TARGETS.get(0), "3.50 s", "MISSED by 0.50 s (1.17× the target)");
    assertVerdict(v, TARGETS.get(6), "0.70 s", "met");
    assertFalse(v.get(TARGETS.get(3)).verdict().equals("met"));
  }

  /** A series of runs with the given median wall time and peak RSS, and made-up stage times. */
  static ColdSeries series(
      String corpus,
      int briefings,
      String charts,
      String cache,
      String jvm,
      double wallSeconds,
      long rssMb) {
    List<ColdRun> runs = new ArrayList<>();
    // Three runs around the median, so the median is the given figure.
    for (double f : new double[] {0.9, 1.0, 1.2}) {
      Map<String, Long> stages = new LinkedHashMap<>();
      stages.put("load", Math.round(wallSeconds * 100 * f));
      stages.put("render", Math.round(wallSeconds * 400 * f));
      runs.add(new ColdRun(wallSeconds * f, Math.round(rssMb * 1024 * f), stages, briefings + 4));
    }
    int chartCount = charts.equals("on") ? briefings : 0;
    return new ColdSeries(corpus, briefings, charts, cache, chartCount, jvm, runs);
  }

  private static Map<String, Targets.Verdict> byTarget(List<Targets.Verdict> verdicts) {
    Map<String, Targets.Verdict> out = new LinkedHashMap<>();
    verdicts.forEach(v -> out.put(v.target(), v));
    return out;
  }

  private static void assertVerdict(
      Map<String, Targets.Verdict> v, String target, String measured, String verdict) {
    assertEquals(measured, v.get(target).measured(), target);
    assertEquals(verdict, v.get(target).verdict(), target);
  }
}
