package org.sourcebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/** What build and check say at the end of a run, besides the diagnostics themselves. */
class ReportTest {
  @TempDir Path dir;

  private static final String DRAFT =
      """
      -- content/briefings/later.md --
      ---
      title: "Later"
      date: 2024-06-01
      draft: true
      ---
      Not yet.
      -- content/briefings/also-later.md --
      ---
      title: "Also later"
      date: 2024-06-01
      draft: true
      ---
      Not yet either.
      """;

  @Test
  void theSummaryNamesEveryDraftLeftOut() {
    FixtureSite.write(dir, FixtureSite.MINIMAL + "\n" + DRAFT);
    for (String command : new String[] {"build", "check"}) {
      CliRun r = CliRun.in(dir, command, "--strict");
      assertEquals(0, r.exitCode(), r.err());
      assertEquals(
          "Left out 2 drafts (draft: true): content/briefings/also-later.md,"
              + " content/briefings/later.md; --drafts includes them\n",
          r.errRelativeTo(dir));
    }
    CliRun withDrafts = CliRun.in(dir, "build", "--drafts");
    assertEquals("", withDrafts.err());
    assertTrue(withDrafts.out().contains("8 pages"), withDrafts.out());
  }

  @Test
  void warningsSayThePublishWorkflowWouldFail() {
    FixtureSite.write(dir, FixtureSite.MINIMAL.replace("We counted", "We counted 12 and"));
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.err());
    assertTrue(
        r.err()
            .endsWith(
                "0 errors, 1 warning; the publish workflow builds with --strict"
                    + " and would fail on this warning\n"),
        r.err());
    CliRun strict = CliRun.in(dir, "check", "--strict");
    assertEquals(1, strict.exitCode());
    assertTrue(strict.err().endsWith("1 error, 0 warnings\n"), strict.err());
  }

  @Test
  void noticesAreOneLineEachUnlessVerbose() {
    FixtureSite.write(dir, FixtureSite.MINIMAL.replace("as_of: 2024-04-30", "as_of: 2020-04-30"));
    String notice =
        "content/facts/a.yaml:1:7: notice[fact-stale]: fact 'people_count' is dated 2020-04-30,"
            + " more than 365 days ago\n";
    CliRun quiet = CliRun.in(dir, "check");
    assertEquals(0, quiet.exitCode(), quiet.err());
    assertEquals(notice + "0 errors, 0 warnings, 1 notice\n", quiet.errRelativeTo(dir));
    CliRun verbose = CliRun.in(dir, "check", "--verbose");
    String err = verbose.errRelativeTo(dir);
    assertTrue(err.startsWith(notice + "    1 | - id: people_count\n"), err);
    assertTrue(err.contains("  hint: check for newer figures"), err);
  }

  @Test
  void underGitHubActionsEveryDiagnosticIsAlsoAWorkflowCommand() {
    FixtureSite.write(dir, FixtureSite.MINIMAL.replace("We counted", "We counted 12 and"));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = {
      "check",
      "--strict",
      "--content",
      dir.resolve("content").toString(),
      "--templates",
      dir.resolve("templates").toString(),
      "--today",
      CliRun.TODAY
    };
    Map<String, String> env = Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", dir.toString());
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err), env);
    assertEquals(1, code);
    assertEquals(
        "::error file=content/briefings/first.md,line=6,col=12,title=naked-number::the number '12'"
            + " is typed into the text, not taken from a fact (hint: cite it as a fact with"
            + " {{fact%3Aid}}, or write {{raw%3A…}} if it is not a figure)\n",
        out.toString().replace("{{fact:id}}", "{{fact%3Aid}}").replace("{{raw:…}}", "{{raw%3A…}}"));
    assertTrue(err.toString().contains("error[naked-number]"), err.toString());
    CliRun local = CliRun.in(dir, "check", "--strict");
    assertFalse(local.out().contains("::error"), local.out());
  }
}
