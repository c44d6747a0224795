package org.sourcebrief.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What one benchmark run measures, from system properties ({@code mvn -Pbench verify
 * -Dbench.sizes=100,1000 -Dbench.runs=3}).
 *
 * @param project the project folder (its {@code content/} and {@code templates/} are used)
 * @param jar the packaged command-line jar, run as {@code java -jar}
 * @param work where corpora, outputs, caches and the report go ({@code target/bench})
 * @param sizes corpus sizes (briefings) built with charts off, each with an empty cache (the
 *     headline: a first build on a fresh CI runner) and with a warm cache
 * @param chartSizes corpus sizes also built with charts on (empty and warm cache); empty for none
 * @param rebuildSizes corpus sizes whose one-file rebuild is timed in a warm process; empty for
 *     none
 * @param runs measured runs per configuration (at most)
 * @param budgetSeconds no further run of a configuration starts after this many seconds
 * @param rebuildRuns measured rebuilds, after three warm-up builds
 * @param chartRuns measured renders per chart type and format, after as many warm-up renders
 * @param jvmArgs extra JVM options for every command-line run, e.g. {@code -Xmx1g}
 * @param launcherArgs the JVM options the {@code ./sourcebrief} launcher adds (quick-start JIT,
 *     serial collector, the class-data-sharing archive made at package time), with which every
 *     configuration is built and the targets are judged; empty ({@code -Dbench.launcherArgs=none})
 *     to build them with plain {@code java -jar} instead
 * @param plainSizes corpus sizes also built with plain {@code java -jar} and no JVM options, charts
 *     off and, when in {@code chartSizes}, charts on; empty by default, as those rows cost as much
 *     again and no target is judged on them. The example site is always built both ways (a few
 *     seconds), to show what the launcher's options save on a small site.
 */
record BenchConfig(
    Path project,
    Path jar,
    Path work,
    List<Integer> sizes,
    List<Integer> chartSizes,
    List<Integer> rebuildSizes,
    int runs,
    int budgetSeconds,
    int rebuildRuns,
    int chartRuns,
    List<String> jvmArgs,
    List<String> launcherArgs,
    List<Integer> plainSizes) {

  static BenchConfig fromSystemProperties() {
    Path project = Path.of(System.getProperty("bench.project", ".")).toAbsolutePath().normalize();
    Path target = project.resolve("target");
    List<Integer> sizes = ints(System.getProperty("bench.sizes", "100,1000,5000"));
    Path jar =
        Path.of(System.getProperty("bench.jar", target.resolve("sourcebrief.jar").toString()));
    return new BenchConfig(
        project,
        jar,
        Path.of(System.getProperty("bench.work", target.resolve("bench").toString())),
        sizes,
        ints(System.getProperty("bench.chartSizes", "100,1000")).stream()
            .filter(sizes::contains)
            .toList(),
        ints(System.getProperty("bench.rebuildSizes", "100,1000")).stream()
            .filter(sizes::contains)
            .toList(),
        Integer.parseInt(System.getProperty("bench.runs", "3").strip()),
        Integer.parseInt(System.getProperty("bench.budget", "60").strip()),
        Integer.parseInt(System.getProperty("bench.rebuildRuns", "5").strip()),
        Integer.parseInt(System.getProperty("bench.chartRuns", "20").strip()),
        words(System.getProperty("bench.jvmArgs", "")),
        launcherArgs(jar.toAbsolutePath().getParent()),
        ints(System.getProperty("bench.plainSizes", "")).stream().filter(sizes::contains).toList());
  }

  /**
   * The JVM of the headline rows and the targets: the launcher's options, or plain {@code java
   * -jar} when there are none.
   */
  String headlineJvm() {
    return launcherArgs.isEmpty() ? ColdSeries.PLAIN : ColdSeries.LAUNCHER;
  }

  /** The JVMs {@code n} briefings are built with: the headline's, then plain if asked for. */
  List<String> jvms(int n) {
    String headline = headlineJvm();
    return plainSizes.contains(n) && !headline.equals(ColdSeries.PLAIN)
        ? List.of(headline, ColdSeries.PLAIN)
        : List.of(headline);
  }

  // As ./sourcebrief runs the jar; the archive only when packaging made one, as the launcher does.
  static List<String> launcherArgs(Path target) {
    String given = System.getProperty("bench.launcherArgs", "").strip();
    if (given.equals("none")) return List.of();
    if (!given.isEmpty()) return words(given);
    List<String> out =
        new ArrayList<>(
            List.of(
                "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1",
                "-XX:MinHeapFreeRatio=10",
                "-XX:MaxHeapFreeRatio=30"));
    Path archive = target.resolve("sourcebrief.jsa");
    if (Files.isRegularFile(archive)) {
      out.addAll(
          List.of(
              "-XX:SharedArchiveFile=" + archive,
              "-Xshare:auto",
              "-Xlog:cds=off",
              "-Xlog:cds+dynamic=off"));
    }
    return out;
  }

  private static List<Integer> ints(String list) {
    return Arrays.stream(list.split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(Integer::valueOf)
        .toList();
  }

  private static List<String> words(String s) {
    return Arrays.stream(s.strip().split("\\s+")).filter(w -> !w.isEmpty()).toList();
  }
}
