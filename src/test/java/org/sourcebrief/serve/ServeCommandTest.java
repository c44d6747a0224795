package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.cli.Main;
import org.sourcebrief.testing.FixtureSite;

/** The command line of `serve`; serving itself is tested through {@link Preview}. */
class ServeCommandTest {
  @TempDir Path dir;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(args, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void helpListsTheOptions() {
    assertEquals(0, run("serve", "--help"));
    for (String option :
        new String[] {
          "--port",
          "--content",
          "--templates",
          "--out",
          "--base-url",
          "--strict",
          "--drafts",
          "--cache"
        }) {
      assertTrue(out.toString().contains(option), option + " in:\n" + out);
    }
  }

  @Test
  void aBadPortIsAUsageError() {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    assertEquals(
        2, run("serve", "--port", "70000", "--content", dir.resolve("content").toString()));
    assertTrue(err.toString().contains("--port 70000 is not a port number"), err.toString());
  }

  @Test
  void aMissingContentFolderIsAUsageError() {
    assertEquals(2, run("serve", "--content", dir.resolve("nothing").toString()));
    assertTrue(err.toString().contains("no content folder"), err.toString());
  }
}
