package org.sourcebrief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sourcebrief.bench.ColdSeries.LAUNCHER;
import static org.sourcebrief.bench.ColdSeries.PLAIN;
import static org.sourcebrief.bench.TargetsTest.series;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The report opens with the headline: cold beside warm, per size, on the launcher rows. */
class ReportTest {
  @Test
  void headlineComesFirstWithOneLinePerSize() {
    List<ColdSeries> cold =
        List.of(
            series("example site", 3, "on", "empty", LAUNCHER, 0.9, 150),
            series("synthetic", 100, "off", "empty", LAUNCHER, 1.5, 200),
            series("synthetic", 100, "off", "warm", LAUNCHER, 1.0, 180),
            series("synthetic", 100, "off", "empty", PLAIN, 2.5, 300),
            series("synthetic", 100, "on", "empty", LAUNCHER, 9.0, 900),
            series("synthetic", 1000, "off", "empty", LAUNCHER, 4.0, 600));
    Report report = new Report("## Sourcebrief benchmark");
    report.cold(cold, List.of(100, 1000, 5000), LAUNCHER);
    String md = report.markdown();

    int headline = md.indexOf("### Headline: a first build on a fresh CI runner, charts off,");
    int detail = md.indexOf("### Cold builds");
    assertTrue(headline > 0 && detail > headline, md);
    List<String> table =
        md.substring(headline, detail).lines().filter(l -> l.startsWith("|")).toList();
    assertEquals(
        List.of(
            "| briefings | cold s (median) | warm cache s (median) | peak RSS MB (cold)"
                + " | load ms | render ms |",
            "|---:|---:|---:|---:|---:|---:|",
            "| 100 | 1.50 | 1.00 | 200 | 150 | 600 |",
            "| 1,000 | 4.00 | — | 600 | 400 | 1,600 |"),
        table);
    assertEquals(6, md.substring(detail).lines().filter(l -> l.startsWith("| ")).count() - 1);
  }
}
