package org.sourcebrief.fuzz;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.SiteFolder;

/**
 * One try: a mutated site written to a fresh temporary folder beside the output of an earlier good
 * build, then {@code sourcebrief build} run in memory under a time limit. The folder is deleted
 * whatever happens.
 */
final class Trial {
  /** Far above any real build of these small sites; a build that needs more is runaway work. */
  static final Duration TIME_LIMIT = Duration.ofSeconds(20);

  /** The exit code of an outcome whose build did not end within {@link #TIME_LIMIT}. */
  static final int TIMED_OUT = -1;

  private static final Map<String, SortedMap<String, byte[]>> GOOD_BUILDS =
      new ConcurrentHashMap<>();

  private Trial() {}

  /** What a build of a mutated site did. */
  record Outcome(
      int exitCode,
      String out,
      String err,
      SortedMap<String, byte[]> content,
      SortedMap<String, byte[]> previousOutput,
      SortedMap<String, byte[]> output) {}

  static Outcome run(Seeds.Seed seed, Mutation mutation) {
    SiteText site = new SiteText(seed.files());
    mutation.applyTo(site);
    SortedMap<String, byte[]> content = site.toBytes();
    SortedMap<String, byte[]> previous = goodBuild(seed);
    return inTempFolder(
        dir -> {
          write(dir, content);
          write(dir.resolve("site-out"), previous);
          CliRun r;
          try {
            r = assertTimeoutPreemptively(TIME_LIMIT, () -> CliRun.in(dir, "build"));
          } catch (AssertionFailedError timedOut) {
            r = new CliRun(TIMED_OUT, "", timedOut.getMessage());
          }
          return new Outcome(
              r.exitCode(),
              r.out().replace(dir + "/", ""),
              r.errRelativeTo(dir),
              content,
              previous,
              SiteFolder.read(dir.resolve("site-out")));
        });
  }

  /** The output of the unchanged seed, built once: it stands for the last good build. */
  static SortedMap<String, byte[]> goodBuild(Seeds.Seed seed) {
    return GOOD_BUILDS.computeIfAbsent(
        seed.name(),
        name ->
            inTempFolder(
                dir -> {
                  write(dir, seed.files());
                  CliRun r = CliRun.in(dir, "build");
                  if (r.exitCode() != 0) {
                    throw new AssertionError("seed " + name + " does not build:\n" + r.err());
                  }
                  return SiteFolder.read(dir.resolve("site-out"));
                }));
  }

  interface InFolder<T> {
    T run(Path dir) throws IOException;
  }

  private static <T> T inTempFolder(InFolder<T> work) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("sourcebrief-fuzz");
      return work.run(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (dir != null) delete(dir);
    }
  }

  private static void write(Path dir, SortedMap<String, byte[]> files) throws IOException {
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      Path p = dir.resolve(f.getKey());
      Files.createDirectories(p.getParent());
      Files.write(p, f.getValue());
    }
  }

  /**
   * Deletes the folder; tries again briefly, since a build that ran out of time may still be
   * writing, and never throws, so a cleanup problem cannot hide the try's own failure.
   */
  private static void delete(Path dir) {
    for (int attempt = 0; attempt < 20 && Files.exists(dir); attempt++) {
      try (Stream<Path> all = Files.walk(dir)) {
        for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
      } catch (IOException | UncheckedIOException e) {
        sleep();
      }
    }
  }

  private static void sleep() {
    try {
      Thread.sleep(250);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
