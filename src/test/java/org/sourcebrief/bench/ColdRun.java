package org.sourcebrief.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cold build by the real command line, in a JVM of its own: wall time from spawning the process
 * to its exit (JVM start included), its peak resident set, the stage times it printed with {@code
 * --timings}, and the page count from its summary line.
 *
 * @param peakRssKb VmHWM, the kernel's high-water mark of the resident set, or -1 where there is no
 *     {@code /proc}
 */
record ColdRun(double wallSeconds, long peakRssKb, Map<String, Long> stageMs, int pages) {
  private static final Pattern PAGES = Pattern.compile("Built .*?: (\\d+) pages");
  private static final Pattern TIMINGS = Pattern.compile("(?m)^timings: (.*)$");
  private static final Pattern STAGE = Pattern.compile("([\\w-]+) (\\d+) ms");
  private static final Pattern HWM = Pattern.compile("(?m)^VmHWM:\\s+(\\d+) kB");

  /** Runs {@code command}, output to {@code log}.out and .err; fails unless it exits 0. */
  static ColdRun run(List<String> command, Path log) throws IOException, InterruptedException {
    Path out = Path.of(log + ".out");
    Path err = Path.of(log + ".err");
    ProcessBuilder pb =
        new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
    long start = System.nanoTime();
    Process p = pb.start();
    AtomicLong peak = new AtomicLong(-1);
    Thread poller = new Thread(() -> pollPeak(p, peak), "rss-poller");
    poller.start();
    int code = p.waitFor();
    double wall = (System.nanoTime() - start) / 1e9;
    poller.join();
    String stdout = Files.readString(out, StandardCharsets.UTF_8);
    String stderr = Files.readString(err, StandardCharsets.UTF_8);
    if (code != 0) {
      throw new IllegalStateException(
          "exit code " + code + " from " + String.join(" ", command) + "\n" + stdout + stderr);
    }
    return new ColdRun(wall, peak.get(), stages(stderr), pages(stdout));
  }

  // VmHWM only grows, so the last value read before the process exits is its peak. A process
  // that grows in its last few milliseconds can be under-read by that growth.
  private static void pollPeak(Process p, AtomicLong peak) {
    Path status = Path.of("/proc", Long.toString(p.pid()), "status");
    while (p.isAlive()) {
      try {
        Matcher m = HWM.matcher(Files.readString(status));
        if (m.find()) peak.accumulateAndGet(Long.parseLong(m.group(1)), Math::max);
        Thread.sleep(5);
      } catch (IOException e) {
        return; // no /proc (not Linux), or the process is gone
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  /** "timings: load 97 ms, validate 92 ms, …" as stage → ms, in the order printed. */
  static Map<String, Long> stages(String stderr) {
    Map<String, Long> out = new LinkedHashMap<>();
    Matcher line = TIMINGS.matcher(stderr);
    if (!line.find()) return out;
    Matcher m = STAGE.matcher(line.group(1));
    while (m.find()) out.put(m.group(1), Long.parseLong(m.group(2)));
    return out;
  }

  private static int pages(String stdout) {
    Matcher m = PAGES.matcher(stdout);
    return m.find() ? Integer.parseInt(m.group(1)) : -1;
  }
}
