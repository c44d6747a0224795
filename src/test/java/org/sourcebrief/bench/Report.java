package org.sourcebrief.bench;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The benchmark's findings as Markdown tables, printed and written to target/bench/report.md. */
final class Report {
  private final StringBuilder md = new StringBuilder();

  Report(String header) {
    md.append(header).append('\n');
  }

  /**
   * The headline table, then every cold series in detail.
   *
   * @param sizes the charts-off sizes, one headline line each
   * @param jvm the JVM of the headline rows: the launcher's options, unless there are none
   */
  void cold(List<ColdSeries> rows, List<Integer> sizes, String jvm) {
    headline(rows, sizes, jvm);
    detail(rows);
  }

  /**
   * One line per size, charts off: the cold build a user pays on a fresh CI runner (no cache, a new
   * JVM, a new output folder) beside the warm-cache build, both with {@code jvm}; the peak RSS and
   * stage times are the cold runs'.
   */
  void headline(List<ColdSeries> rows, List<Integer> sizes, String jvm) {
    record Line(ColdSeries cold, Optional<ColdSeries> warm) {}
    List<Line> lines = new ArrayList<>();
    for (int n : sizes) {
      ColdSeries.find(rows, "synthetic", n, "off", "empty", jvm)
          .ifPresent(
              c ->
                  lines.add(
                      new Line(c, ColdSeries.find(rows, "synthetic", n, "off", "warm", jvm))));
    }
    if (lines.isEmpty()) return;
    Set<String> stages = new LinkedHashSet<>();
    lines.forEach(l -> stages.addAll(l.cold().stageNames()));
    md.append("\n### Headline: a first build on a fresh CI runner, charts off, ")
        .append(jvm)
        .append("\n\n")
        .append(
            "Cold: no cache (the `--cache` folder emptied before every run), a new JVM, a new"
                + " output folder. Warm cache: the same build with the cache the run before"
                + " filled. Medians; peak RSS and stage times are the cold runs'.\n\n");
    List<String> head =
        new ArrayList<>(
            List.of("briefings", "cold s (median)", "warm cache s (median)", "peak RSS MB (cold)"));
    stages.forEach(s -> head.add(s + " ms"));
    row(head);
    rule(head.size(), 0);
    for (Line l : lines) {
      ColdSeries c = l.cold();
      List<String> cells =
          new ArrayList<>(
              List.of(
                  num(c.briefings()),
                  f2(c.wall()),
                  l.warm().map(w -> f2(w.wall())).orElse("—"),
                  f0(c.peakRssMb())));
      stages.forEach(s -> cells.add(f0(c.stage(s))));
      row(cells);
    }
  }

  private void detail(List<ColdSeries> rows) {
    Set<String> stages = new LinkedHashSet<>();
    rows.forEach(r -> stages.addAll(r.stageNames()));
    md.append(
        "\n### Cold builds: `java -jar target/sourcebrief.jar build`," + " JVM start included\n\n");
    List<String> head =
        new ArrayList<>(
            List.of(
                "corpus",
                "briefings",
                "charts",
                "cache",
                "JVM",
                "runs",
                "wall s (median)",
                "min–max s",
                "pages",
                "pages/s",
                "charts/s",
                "peak RSS MB"));
    stages.forEach(s -> head.add(s + " ms"));
    row(head);
    rule(head.size(), 5);
    for (ColdSeries r : rows) {
      List<String> cells =
          new ArrayList<>(
              List.of(
                  r.corpus(),
                  num(r.briefings()),
                  r.charts(),
                  r.cache(),
                  r.jvm(),
                  num(r.runs().size()),
                  f2(r.wall()),
                  f2(r.minWall()) + "–" + f2(r.maxWall()),
                  num(r.pages()),
                  f0(r.pagesPerSecond()),
                  f0(r.chartsPerSecond()),
                  f0(r.peakRssMb())));
      stages.forEach(s -> cells.add(f0(r.stage(s))));
      row(cells);
    }
  }

  void rebuilds(List<RebuildLatency.Result> rows) {
    if (rows.isEmpty()) return;
    Set<String> stages = new LinkedHashSet<>();
    rows.forEach(r -> stages.addAll(r.stageMs().keySet()));
    md.append("\n### One-file rebuild in a warm process (in-process `SiteBuilder.build`)\n\n");
    List<String> head =
        new ArrayList<>(
            List.of("briefings", "charts", "cache", "rebuilds", "median ms", "min–max ms"));
    stages.forEach(s -> head.add(s + " ms"));
    row(head);
    rule(head.size(), 3);
    for (RebuildLatency.Result r : rows) {
      double min = r.ms().stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
      double max = r.ms().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      List<String> cells =
          new ArrayList<>(
              List.of(
                  num(r.briefings()),
                  r.charts(),
                  "warm",
                  num(r.ms().size()),
                  f0(r.median()),
                  f0(min) + "–" + f0(max)));
      stages.forEach(s -> cells.add(f0(r.stageMs().getOrDefault(s, Double.NaN))));
      row(cells);
    }
  }

  void charts(List<ChartMicroBenchmark.Result> rows, int runs) {
    md.append("\n### Render time per chart, one thread (median of ")
        .append(runs)
        .append(" renders after ")
        .append(runs)
        .append(" warm-up renders)\n\n");
    row(List.of("type", "SVG ms", "PNG ms", "SVG KB", "PNG KB"));
    rule(5, 1);
    for (ChartMicroBenchmark.Result r : rows) {
      row(
          List.of(
              r.type(),
              f1(r.svgMs()),
              f1(r.pngMs()),
              f1(r.svgBytes() / 1024.0),
              f1(r.pngBytes() / 1024.0)));
    }
    row(
        List.of(
            "**median of types**",
            f1(Median.of(rows.stream().map(ChartMicroBenchmark.Result::svgMs).toList())),
            f1(Median.of(rows.stream().map(ChartMicroBenchmark.Result::pngMs).toList())),
            "",
            ""));
  }

  void pngEncoding(List<PngEncodingBenchmark.Result> rows, int rounds) {
    md.append("\n### PNG encoding, CPU ms per image, one thread (median of ")
        .append(rounds)
        .append(" rounds after ")
        .append(rounds)
        .append(" warm-up rounds; old = ImageIO, new = pngencoder, alternating)\n\n");
    row(
        List.of(
            "image",
            "images",
            "encoder old ms",
            "encoder new ms",
            "old ÷ new",
            "end to end old ms",
            "end to end new ms",
            "old ÷ new",
            "PNG KB old",
            "PNG KB new"));
    rule(10, 1);
    for (PngEncodingBenchmark.Result r : rows) {
      row(
          List.of(
              r.image(),
              String.valueOf(r.images()),
              f2(r.oldEncodeMs()),
              f2(r.newEncodeMs()),
              f1(r.oldEncodeMs() / r.newEncodeMs()) + "×",
              f2(r.oldEndToEndMs()),
              f2(r.newEndToEndMs()),
              f1(r.oldEndToEndMs() / r.newEndToEndMs()) + "×",
              f1(r.oldKb()),
              f1(r.newKb())));
    }
  }

  /** The verdicts, judged on the rows built with {@code jvm}. */
  void targets(List<Targets.Verdict> verdicts, String jvm) {
    md.append("\n### Targets\n\n")
        .append("Judged on the rows built with ")
        .append(jvm.equals(ColdSeries.LAUNCHER) ? "the launcher's JVM options" : jvm)
        .append(
            "; cold = no cache, a new JVM, a new output folder; warm cache = the cache the run"
                + " before filled.\n\n");
    row(List.of("target", "measured", "verdict"));
    rule(3, 3);
    verdicts.forEach(v -> row(List.of(v.target(), v.measured(), v.verdict())));
  }

  void note(String text) {
    md.append('\n').append(text).append('\n');
  }

  String markdown() {
    return md.toString();
  }

  private void row(List<String> cells) {
    md.append("| ").append(String.join(" | ", cells)).append(" |\n");
  }

  // Text columns left-aligned, figures right-aligned.
  private void rule(int columns, int textColumns) {
    StringBuilder r = new StringBuilder("|");
    for (int i = 0; i < columns; i++) r.append(i < textColumns ? "---|" : "---:|");
    md.append(r).append('\n');
  }

  private static String num(int n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  private static String f0(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%,.0f", v);
  }

  private static String f1(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.1f", v);
  }

  private static String f2(double v) {
    return Double.isNaN(v) ? "—" : String.format(Locale.ROOT, "%.2f", v);
  }
}
