package org.sourcebrief.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark times the launcher's rows with the JVM options ./sourcebrief really passes. */
class LauncherOptionsTest {
  @Test
  void theBenchmarkUsesTheLaunchersOptions(@TempDir Path target) throws IOException {
    String script = Files.readString(Path.of("sourcebrief"));
    Matcher m = Pattern.compile("(?m)^opts=\\(([^)]*)\\)").matcher(script);
    assertTrue(m.find(), "the launcher sets its options in one line: opts=(…)");
    List<String> launcher = List.of(m.group(1).strip().split("\\s+"));
    System.clearProperty("bench.launcherArgs");
    assertEquals(launcher, BenchConfig.launcherArgs(target), "no archive in an empty target");
  }
}
