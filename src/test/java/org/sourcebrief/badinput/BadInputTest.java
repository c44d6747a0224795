package org.sourcebrief.badinput;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebrief.site.OutputFolder;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/**
 * The bad-input corpus: each {@code src/test/resources/bad-input/<case>/} holds a whole site
 * ({@code site.txt}, FixtureSite format; text before the first {@code -- file --} line says what
 * the case is) and {@code expected.txt}, exactly what {@code check} prints on standard error. Both
 * {@code check} and {@code build} must exit 1, print that (build adds one closing line), never a
 * stack trace, and leave every file, an existing {@code site-out/} included, as it was.
 *
 * <p>A case whose mistake is in the bytes themselves (text that is not UTF-8, say), which a text
 * file cannot hold, also has a {@code bytes/} folder: its files are copied byte for byte over the
 * site written from {@code site.txt}, under the same relative paths.
 *
 * <p>A case that shows a generator bug carries {@code known-bug.txt} saying what is wrong, and its
 * {@code expected.txt} holds what <em>should</em> be printed. Such a case is reported as skipped
 * while the bug lasts, and fails once the generator gets it right, so the marker is removed.
 *
 * <p>{@code hostile-valid/<case>/} holds sites that are odd but valid: they must build (exit 0),
 * and {@code expect.txt} lists {@code file: <output path>} then {@code contains: <text>} and {@code
 * absent: <text>} lines checked against that generated file.
 *
 * <p>Run with {@code -Dbadinput.update=true} to rewrite the expected.txt of cases without a
 * known-bug.txt from what the generator prints now; then read every diff before committing.
 */
class BadInputTest {
  private static final Path BAD = Path.of("src/test/resources/bad-input");
  private static final Path HOSTILE = Path.of("src/test/resources/hostile-valid");
  private static final boolean UPDATE = Boolean.getBoolean("badinput.update");

  /** What build adds after the diagnostics, naming the output folder it left alone. */
  private static final String BUILD_CLOSING = "The site was not built; site-out/ is unchanged.\n";

  static Stream<String> badCases() throws IOException {
    return caseNames(BAD);
  }

  static Stream<String> hostileCases() throws IOException {
    return caseNames(HOSTILE);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badCases")
  void reportsEveryErrorAndChangesNothing(String name, @TempDir Path dir) throws IOException {
    Path caseDir = BAD.resolve(name);
    writeSiteWithPreviousBuild(dir, caseDir);
    Optional<String> knownBug = readIfExists(caseDir.resolve("known-bug.txt"));
    if (UPDATE && knownBug.isEmpty()) {
      Files.writeString(
          caseDir.resolve("expected.txt"),
          CliRun.in(dir, "check", args(caseDir)).errRelativeTo(dir),
          StandardCharsets.UTF_8);
    }
    String expected = Files.readString(caseDir.resolve("expected.txt"), StandardCharsets.UTF_8);
    if (knownBug.isEmpty()) {
      verifyBadInput(dir, expected, args(caseDir));
      return;
    }
    try {
      verifyBadInput(dir, expected, args(caseDir));
    } catch (AssertionError stillWrong) {
      Assumptions.abort("known generator bug: " + knownBug.get() + "\n" + stillWrong.getMessage());
    }
    fail(name + " now behaves as expected.txt says: delete its known-bug.txt");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileCases")
  void buildsAndComesOutHarmless(String name, @TempDir Path dir) throws IOException {
    Path caseDir = HOSTILE.resolve(name);
    FixtureSite.write(dir, Files.readString(caseDir.resolve("site.txt"), StandardCharsets.UTF_8));
    CliRun check = CliRun.in(dir, "check");
    CliRun build = CliRun.in(dir, "build");
    assertAll(
        () -> assertEquals(0, check.exitCode(), "check exit code; stderr:\n" + check.err()),
        () -> assertEquals(0, build.exitCode(), "build exit code; stderr:\n" + build.err()),
        () -> assertNoStackTrace(check.err()),
        () -> assertNoStackTrace(build.err()));
    List<String> lines = Files.readAllLines(caseDir.resolve("expect.txt"), StandardCharsets.UTF_8);
    assertAll(expectations(dir.resolve("site-out"), lines));
  }

  /** Extra command-line arguments of a case (its optional args.txt), such as --strict. */
  private static String[] args(Path caseDir) throws IOException {
    Path f = caseDir.resolve("args.txt");
    return Files.exists(f)
        ? Files.readString(f, StandardCharsets.UTF_8).trim().split("\\s+")
        : new String[0];
  }

  private static void verifyBadInput(Path dir, String expected, String... args) throws IOException {
    SortedMap<String, String> before = snapshot(dir);
    CliRun check = CliRun.in(dir, "check", args);
    SortedMap<String, String> afterCheck = snapshot(dir);
    CliRun build = CliRun.in(dir, "build", args);
    SortedMap<String, String> afterBuild = snapshot(dir);
    String checkErr = check.errRelativeTo(dir);
    String buildErr = build.errRelativeTo(dir);
    assertAll(
        () -> assertEquals(1, check.exitCode(), "check exit code; stderr:\n" + checkErr),
        () -> assertEquals(1, build.exitCode(), "build exit code; stderr:\n" + buildErr),
        () -> assertNoStackTrace(checkErr),
        () -> assertNoStackTrace(buildErr),
        () -> assertEquals(expected, checkErr, "check stderr"),
        () -> assertEquals(expected + BUILD_CLOSING, buildErr, "build stderr"),
        () -> assertEquals("", check.out(), "check stdout"),
        () -> assertEquals("", build.out(), "build stdout"),
        () -> assertEquals(before, afterCheck, "check wrote or changed files"),
        () -> assertEquals(before, afterBuild, "build wrote or changed files"));
  }

  /** The case's site, plus a site-out/ standing for the last good build, which must survive. */
  private static void writeSiteWithPreviousBuild(Path dir, Path caseDir) throws IOException {
    FixtureSite.write(dir, Files.readString(caseDir.resolve("site.txt"), StandardCharsets.UTF_8));
    copyBytes(caseDir.resolve("bytes"), dir);
    Path out = dir.resolve("site-out");
    Files.createDirectories(out.resolve("briefings/old"));
    Files.writeString(out.resolve("index.html"), "<p>sentinel: the last good build</p>\n");
    Files.writeString(out.resolve("briefings/old/index.html"), "<p>an older page</p>\n");
    Files.writeString(out.resolve(OutputFolder.MARKER), "a folder Sourcebrief wrote\n");
  }

  /** Copies every file under {@code from}, if it exists, to the same place under {@code to}. */
  private static void copyBytes(Path from, Path to) throws IOException {
    if (!Files.isDirectory(from)) return;
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        Files.createDirectories(target.getParent());
        Files.write(target, Files.readAllBytes(p));
      }
    }
  }

  private static void assertNoStackTrace(String err) {
    assertFalse(err.contains("Exception"), () -> "stderr mentions an exception:\n" + err);
    assertFalse(err.contains("\tat "), () -> "stderr holds a stack trace:\n" + err);
  }

  /** Every file and folder under {@code dir} with its bytes (folders map to ""). */
  private static SortedMap<String, String> snapshot(Path dir) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) all::iterator) {
        String key = dir.relativize(p).toString().replace('\\', '/');
        if (Files.isDirectory(p)) files.put(key + "/", "");
        else files.put(key, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }

  private static List<org.junit.jupiter.api.function.Executable> expectations(
      Path out, List<String> lines) {
    List<org.junit.jupiter.api.function.Executable> checks = new ArrayList<>();
    String file = null;
    String text = null;
    for (String line : lines) {
      if (line.isBlank()) continue;
      if (line.startsWith("file: ")) {
        file = line.substring("file: ".length());
        text = read(out.resolve(file));
      } else if (file == null) {
        throw new IllegalArgumentException("expect.txt must name a `file:` first: " + line);
      } else {
        checks.add(expectation(file, text, line));
      }
    }
    if (checks.isEmpty()) throw new IllegalArgumentException("expect.txt checks nothing");
    return checks;
  }

  private static org.junit.jupiter.api.function.Executable expectation(
      String file, String text, String line) {
    if (line.startsWith("contains: ")) {
      String want = line.substring("contains: ".length());
      return () -> assertTrue(text.contains(want), () -> file + " lacks: " + want);
    }
    if (line.startsWith("absent: ")) {
      String unwanted = line.substring("absent: ".length());
      return () -> assertFalse(text.contains(unwanted), () -> file + " holds: " + unwanted);
    }
    throw new IllegalArgumentException("expect.txt lines are file:, contains: or absent: " + line);
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new AssertionError("the build did not write " + file, e);
    }
  }

  private static Optional<String> readIfExists(Path file) throws IOException {
    return Files.exists(file)
        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip())
        : Optional.empty();
  }

  private static Stream<String> caseNames(Path root) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> dirs = Files.list(root)) {
      dirs.filter(Files::isDirectory).forEach(d -> names.add(d.getFileName().toString()));
    }
    names.sort(null);
    return names.stream();
  }
}
