package org.sourcebrief.bench;

import static org.sourcebrief.bench.ColdSeries.LAUNCHER;
import static org.sourcebrief.bench.ColdSeries.PLAIN;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Sourcebrief's benchmark (PRODUCT.md §8). Run it with {@code mvn -B -Pbench verify}: it builds the
 * example site and synthetic corpora with the packaged command line, each in a fresh JVM with the
 * launcher's JVM options, first with an empty cache (the headline: what a first build on a fresh CI
 * runner costs), then with a warm one, times a one-file rebuild in a warm JVM, times the chart
 * renderer, prints Markdown tables and writes them to {@code target/bench/report.md}. See
 * docs/performance.md for the method and the options ({@code -Dbench.sizes=100,1000 -Dbench.runs=3}
 * for a quick run).
 */
public final class Benchmark {
  private static final String TODAY = "2025-01-15";

  private final BenchConfig config;
  private final Map<String, Path> corpora = new HashMap<>();

  private Benchmark(BenchConfig config) {
    this.config = config;
  }

  public static void main(String[] args) throws Exception {
    System.setProperty("java.awt.headless", "true");
    new Benchmark(BenchConfig.fromSystemProperties()).run();
  }

  private void run() throws Exception {
    if (!Files.isRegularFile(config.jar())) {
      throw new IllegalStateException(
          "no jar at "
              + config.jar()
              + ": run `mvn -B -Pbench verify`,"
              + " or `mvn -B package -Dmaven.test.skip=true` first");
    }
    long start = System.nanoTime();
    FileTime jarTime = Files.getLastModifiedTime(config.jar());
    Files.createDirectories(config.work());
    String loadBefore = MachineInfo.loadAverage();
    Report report = new Report(MachineInfo.describe(config));
    List<ColdSeries> cold = coldBuilds();
    report.cold(cold, config.sizes(), config.headlineJvm());
    List<RebuildLatency.Result> rebuilds = rebuilds();
    report.rebuilds(rebuilds);
    report.charts(ChartMicroBenchmark.measure(config.chartRuns()), config.chartRuns());
    report.pngEncoding(PngEncodingBenchmark.measure(config.chartRuns()), config.chartRuns());
    report.targets(new Targets(cold, rebuilds, config.headlineJvm()).judge(), config.headlineJvm());
    report.note(
        String.format(
            Locale.ROOT,
            "Load average (1, 5, 15 min) before: %s; after: %s."
                + " The whole benchmark took %.0f s.",
            loadBefore,
            MachineInfo.loadAverage(),
            (System.nanoTime() - start) / 1e9));
    if (!Files.getLastModifiedTime(config.jar()).equals(jarTime)) {
      report.note(
          "**Warning:** "
              + config.jar()
              + " was rebuilt while the benchmark ran, so these"
              + " figures mix two builds. Run it again where nothing else builds (a clean clone).");
    }
    Path file = config.work().resolve("report.md");
    Files.writeString(file, report.markdown(), StandardCharsets.UTF_8);
    System.out.println();
    System.out.println(report.markdown());
    System.out.println("Written to " + file);
  }

  /**
   * Every configuration is built with the headline JVM (the launcher's options), first with an
   * empty cache, then with a warm one; the example site and the sizes in {@code bench.plainSizes}
   * also with plain {@code java -jar}.
   */
  private List<ColdSeries> coldBuilds() throws Exception {
    List<ColdSeries> out = new ArrayList<>();
    String headline = config.headlineJvm();
    Path example = config.project().resolve("content");
    int briefings = count(example.resolve("briefings"), "");
    int charts = count(example.resolve("charts"), "- id:");
    Path exampleCache = config.work().resolve("cache-example");
    cold(example, exampleCache, true, PLAIN); // the first run of all: jar and files into memory
    out.addAll(emptyAndWarm("example site", briefings, charts, example, exampleCache, headline));
    if (!headline.equals(PLAIN)) {
      out.addAll(emptyAndWarm("example site", briefings, charts, example, exampleCache, PLAIN));
    }
    for (int n : config.sizes()) {
      for (String jvm : config.jvms(n)) {
        out.addAll(emptyAndWarm("synthetic", n, 0, corpus(n, false), cache(n, false), jvm));
      }
      if (config.chartSizes().contains(n)) {
        for (String jvm : config.jvms(n)) {
          out.addAll(emptyAndWarm("synthetic", n, n, corpus(n, true), cache(n, true), jvm));
        }
      }
    }
    return out;
  }

  /**
   * First the runs with the cache emptied before each: a first build, as on a fresh CI runner (no
   * cache, a new JVM, a new output folder), which draws every chart and share card (cards are drawn
   * for every page, charts on or off). Then the runs with a warm cache: a repeated build, as Hugo,
   * Eleventy and JBake are usually timed. The empty-cache runs get no warm-up of their own, as one
   * can take a minute and is spent drawing (the jar and the corpus are already in memory from the
   * runs before); the last of them fills the cache and is the warm-up of the warm-cache runs.
   *
   * @param charts charts in the corpus; 0 builds it with charts off
   */
  private List<ColdSeries> emptyAndWarm(
      String corpus, int briefings, int charts, Path content, Path cache, String jvm)
      throws Exception {
    String on = charts == 0 ? "off" : "on";
    return List.of(
        series(
            new ColdSeries(corpus, briefings, on, "empty", charts, jvm, new ArrayList<>()),
            content,
            cache),
        series(
            new ColdSeries(corpus, briefings, on, "warm", charts, jvm, new ArrayList<>()),
            content,
            cache));
  }

  /**
   * Adds up to {@code runs} measured runs to {@code s}, emptying the cache before each if its cache
   * is empty; no run starts once the series has used its time budget, so a slow configuration is
   * measured fewer times (at least once) and the report's runs column says so.
   */
  private ColdSeries series(ColdSeries s, Path content, Path cache) throws Exception {
    boolean empty = s.cache().equals("empty");
    long start = System.nanoTime();
    while (s.runs().size() < config.runs()
        && (s.runs().isEmpty() || System.nanoTime() - start < config.budgetSeconds() * 1e9)) {
      s.runs().add(cold(content, cache, empty, s.jvm()));
    }
    System.out.printf(
        Locale.ROOT,
        "[bench] %s, %d briefings, charts %s, %s cache, %s: %.2f s" + " median of %d %s%n",
        s.corpus(),
        s.briefings(),
        s.charts(),
        s.cache(),
        s.jvm(),
        s.wall(),
        s.runs().size(),
        s.runs().stream().map(r -> String.format(Locale.ROOT, "%.2f", r.wallSeconds())).toList());
    return s;
  }

  private ColdRun cold(Path content, Path cache, boolean emptyCache, String jvm) throws Exception {
    Path out = config.work().resolve("out");
    if (emptyCache) SyntheticCorpus.deleteTree(cache);
    SyntheticCorpus.deleteTree(out); // every run writes a whole new site, as a first build does
    return ColdRun.run(command(content, out, cache, jvm), config.work().resolve("last-run"));
  }

  private List<String> command(Path content, Path out, Path cache, String jvm) {
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    if (jvm.equals(LAUNCHER)) cmd.addAll(config.launcherArgs());
    cmd.addAll(config.jvmArgs());
    cmd.addAll(
        List.of(
            "-jar",
            config.jar().toString(),
            "build",
            "--content",
            content.toString(),
            "--templates",
            templates().toString(),
            "--out",
            out.toString(),
            "--cache",
            cache.toString(),
            "--today",
            TODAY,
            "--timings"));
    return cmd;
  }

  private List<RebuildLatency.Result> rebuilds() throws IOException {
    List<RebuildLatency.Result> out = new ArrayList<>();
    for (int n : config.rebuildSizes()) {
      for (boolean charts : List.of(false, true)) {
        RebuildLatency.Result r =
            RebuildLatency.measure(
                corpus(n, charts),
                templates(),
                config.work().resolve("rebuild-out"),
                cache(n, charts).resolve("charts"),
                n,
                charts,
                config.rebuildRuns());
        System.out.printf(
            Locale.ROOT,
            "[bench] rebuild, %d briefings, charts %s: %.0f ms%n",
            n,
            r.charts(),
            r.median());
        out.add(r);
      }
    }
    return out;
  }

  private Path corpus(int n, boolean charts) throws IOException {
    String name = "corpus-" + n + (charts ? "-charts" : "-nocharts");
    Path content = config.work().resolve(name).resolve("content");
    if (!corpora.containsKey(name)) {
      new SyntheticCorpus(SyntheticCorpus.SEED, charts).write(content, n);
      corpora.put(name, content);
    }
    return content;
  }

  /** The --cache folder of a synthetic corpus; the build keeps its images in charts/. */
  private Path cache(int n, boolean charts) {
    return config.work().resolve("cache-" + n + (charts ? "-charts" : "-nocharts"));
  }

  private Path templates() {
    return config.project().resolve("templates");
  }

  /** Files in {@code dir}, or lines starting with {@code prefix} across its files. */
  private static int count(Path dir, String prefix) throws IOException {
    if (!Files.isDirectory(dir)) return 0;
    try (Stream<Path> files = Files.list(dir)) {
      int n = 0;
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        n +=
            prefix.isEmpty()
                ? 1
                : (int)
                    Files.readAllLines(f, StandardCharsets.UTF_8).stream()
                        .filter(l -> l.startsWith(prefix))
                        .count();
      }
      return n;
    }
  }
}
