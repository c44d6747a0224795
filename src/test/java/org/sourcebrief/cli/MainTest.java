package org.sourcebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

class MainTest {
  @TempDir Path dir;

  @Test
  void buildWritesTheSiteAndPrintsAOneLineSummary() {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.out()
            .matches(
                "(?s)Built .*site-out/: 6 pages, 1 fact, 1 source, 0 warnings in [0-9.]+ s\\n"),
        r.out());
    assertTrue(Files.isRegularFile(dir.resolve("site-out/briefings/first/index.html")));
    assertEquals("", r.err());
  }

  @Test
  void checkWritesNothing() {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    CliRun r = CliRun.in(dir, "check");
    assertEquals(0, r.exitCode(), r.err());
    assertFalse(Files.exists(dir.resolve("site-out")));
  }

  @Test
  void contentErrorsExitOneAndPrintEveryErrorWithASummary() {
    FixtureSite.write(
        dir, FixtureSite.MINIMAL.replace("{{fact:people_count}}", "{{fact:people}} {{fact:x|y}}"));
    CliRun r = CliRun.in(dir, "build");
    assertEquals(1, r.exitCode());
    String err = r.errRelativeTo(dir);
    assertTrue(
        err.startsWith(
            "content/briefings/first.md:6:12: error[unknown-fact]: there is no fact 'people'\n"
                + "    6 | We counted {{fact:people}} {{fact:x|y}} people.{{cite:agency-2024}}\n"
                + "      |            ^\n"),
        err);
    assertTrue(err.contains("2 errors, 0 warnings\n"), err);
    assertFalse(err.contains("Exception"), err);
  }

  @Test
  void strictTurnsWarningsIntoErrors() throws IOException {
    FixtureSite.write(dir, FixtureSite.MINIMAL.replace("  as_of: 2024-04-30\n", ""));
    assertEquals(0, CliRun.in(dir, "check").exitCode());
    CliRun strict = CliRun.in(dir, "check", "--strict");
    assertEquals(1, strict.exitCode());
    assertTrue(strict.err().contains("error[fact-missing-date]"), strict.err());
  }

  @Test
  void usageMistakesExitTwo() {
    assertEquals(
        2,
        Main.run(
            new String[0],
            new java.io.PrintWriter(new java.io.StringWriter()),
            new java.io.PrintWriter(new java.io.StringWriter())));
    assertEquals(2, CliRun.in(dir, "build", "--no-such-option").exitCode());
    CliRun missing = CliRun.in(dir, "check");
    assertEquals(2, missing.exitCode());
    assertTrue(missing.err().contains("no content folder"), missing.err());
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    assertEquals(2, CliRun.in(dir, "build", "--base-url", "not a url").exitCode());
  }
}
