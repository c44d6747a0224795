package org.sourcebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/** A line holding thousands of typed numbers gives a bounded report, not one excerpt per number. */
class ManyFindingsTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(ints = {5_000, 300_000})
  void oneLineOfManyNumbersPrintsTwentyFindingsAndACount(int numbers) {
    String line = "17 ".repeat(numbers).trim();
    FixtureSite.write(dir, FixtureSite.MINIMAL.replace("We counted", line + "\n\nWe counted"));
    CliRun r = CliRun.in(dir, "check");
    assertEquals(0, r.exitCode(), () -> r.err().substring(0, Math.min(2000, r.err().length())));
    String err = r.errRelativeTo(dir);
    assertTrue(err.length() < 20_000, () -> "printed " + err.length() + " characters");
    assertTrue(
        err.contains(
            "content/briefings/first.md: "
                + (numbers - 20)
                + " more warning[naked-number] in this file, not shown"),
        err);
    assertTrue(err.contains("0 errors, " + numbers + " warnings"), err);
  }
}
