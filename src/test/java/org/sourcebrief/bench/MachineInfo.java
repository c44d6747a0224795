package org.sourcebrief.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;

/** What the figures were measured on, for the report's header. */
final class MachineInfo {
  private MachineInfo() {}

  static String describe(BenchConfig c) {
    return "## Sourcebrief benchmark, "
        + now()
        + "\n\n"
        + "- Machine: "
        + Runtime.getRuntime().availableProcessors()
        + " cores ("
        + procLine("/proc/cpuinfo", "model name").orElse("CPU model unknown")
        + "), "
        + procLine("/proc/meminfo", "MemTotal").map(MachineInfo::gigabytes).orElse("? GB")
        + " RAM; "
        + System.getProperty("os.name")
        + " "
        + System.getProperty("os.version")
        + "\n"
        + "- Java: "
        + System.getProperty("java.vm.name")
        + " "
        + System.getProperty("java.runtime.version")
        + "; extra JVM options for every run: "
        + (c.jvmArgs().isEmpty() ? "none" : "`" + String.join(" ", c.jvmArgs()) + "`")
        + "; launcher options: "
        + (c.launcherArgs().isEmpty()
            ? "none (every run is plain `java -jar`)"
            : "`" + String.join(" ", c.launcherArgs()).replace(c.project() + "/", "") + "`")
        + "\n"
        + "- Cold builds: median of "
        + c.runs()
        + " runs, fewer (at least one) where the runs"
        + " of one configuration pass "
        + c.budgetSeconds()
        + " s. Every configuration first with the cache emptied before every run (cold), then"
        + " with the cache those runs filled (warm), all with "
        + (c.launcherArgs().isEmpty() ? "plain `java -jar`" : "the launcher options")
        + ". Charts off: sizes "
        + c.sizes()
        + ". Charts on: sizes "
        + c.chartSizes()
        + (c.launcherArgs().isEmpty()
            ? ""
            : ". Also with plain `java -jar`: the example site"
                + (c.plainSizes().isEmpty() ? "" : " and sizes " + c.plainSizes()))
        + ".\n"
        + "- Rebuilds: median of "
        + c.rebuildRuns()
        + " after three warm-up builds; sizes "
        + c.rebuildSizes()
        + ", warm cache.\n";
  }

  private static String now() {
    return Instant.now().truncatedTo(ChronoUnit.SECONDS).toString();
  }

  static String loadAverage() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).strip().split("\\s+");
      return f[0] + ", " + f[1] + ", " + f[2];
    } catch (IOException | RuntimeException e) {
      return "unknown";
    }
  }

  private static Optional<String> procLine(String file, String key) {
    try {
      return Files.readAllLines(Path.of(file)).stream()
          .filter(l -> l.startsWith(key))
          .map(l -> l.substring(l.indexOf(':') + 1).strip())
          .findFirst();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String gigabytes(String memTotal) {
    long kb = Long.parseLong(memTotal.replaceAll("\\D", ""));
    return String.format(Locale.ROOT, "%.0f GB", kb / 1024.0 / 1024.0);
  }
}
