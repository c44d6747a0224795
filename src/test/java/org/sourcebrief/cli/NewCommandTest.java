package org.sourcebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.content.Starters;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

class NewCommandTest {
  @TempDir Path dir;

  private int run(StringWriter out, StringWriter err, String... args) {
    String[] all = new String[args.length + 2];
    System.arraycopy(args, 0, all, 0, args.length);
    all[args.length] = "--content";
    all[args.length + 1] = dir.resolve("content").toString();
    return Main.run(all, new PrintWriter(out), new PrintWriter(err));
  }

  @Test
  void startersBuildWithoutWarningsAndAreNeverOverwritten() throws IOException {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    assertEquals(0, run(out, err, "new", "briefing", "Über returns: \"2025\""), err.toString());
    assertEquals(0, run(out, err, "new", "fact", "new_fact"), err.toString());
    assertEquals(0, run(out, err, "new", "chart", "new_chart"), err.toString());
    assertTrue(Files.isRegularFile(dir.resolve("content/briefings/uber-returns-2025.md")));
    assertTrue(out.toString().contains("Next: "), out.toString());
    assertTrue(out.toString().contains("serve --drafts"), out.toString());

    CliRun check = CliRun.in(dir, "check", "--strict", "--drafts");
    assertEquals(0, check.exitCode(), check.err());
    assertTrue(!check.err().contains("warning") && !check.err().contains("error"), check.err());
    CliRun build = CliRun.in(dir, "build");
    assertEquals(0, build.exitCode(), build.err());
    assertTrue(
        Files.notExists(dir.resolve("site-out/briefings/uber-returns-2025")),
        "a new briefing is a draft until its draft line is removed");
    build = CliRun.in(dir, "build", "--drafts");
    assertEquals(0, build.exitCode(), build.err());
    String page = Files.readString(dir.resolve("site-out/briefings/uber-returns-2025/index.html"));
    assertTrue(page.contains("<h1>Über returns: &quot;2025&quot;</h1>"), page);
    assertTrue(
        !page.contains("[//]") && !page.contains("some_fact_id"), "notes stay hidden: " + page);

    Path fact = dir.resolve("content/facts/new_fact.yaml");
    String before = Files.readString(fact);
    StringWriter again = new StringWriter();
    assertEquals(1, run(new StringWriter(), again, "new", "fact", "new_fact"));
    assertTrue(again.toString().contains("already exists"), again.toString());
    assertEquals(before, Files.readString(fact));
  }

  @Test
  void badNamesAndKindsAreUsageErrors() {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    assertEquals(2, run(new StringWriter(), new StringWriter(), "new", "fact", "Bad-Id"));
    assertEquals(2, run(new StringWriter(), new StringWriter(), "new", "page", "x"));
  }

  @Test
  void aLinkInTheWayIsNeverWrittenThrough() throws IOException {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    Path target = dir.resolve("elsewhere/not-mine.md");
    Files.createDirectories(target.getParent());
    try {
      Files.createSymbolicLink(dir.resolve("content/briefings/title.md"), target);
    } catch (UnsupportedOperationException | IOException e) {
      Assumptions.abort("this file system cannot make symbolic links: " + e);
    }
    StringWriter err = new StringWriter();
    assertEquals(1, run(new StringWriter(), err, "new", "briefing", "Title"));
    assertTrue(err.toString().contains("already exists"), err.toString());
    assertTrue(Files.notExists(target), "nothing is written where the link points");
  }

  @Test
  void theGuidesGettingStartedSaysANewBriefingIsADraft() throws IOException {
    String starter = Starters.briefing("T", LocalDate.of(2025, 1, 15));
    assertTrue(starter.contains("\ndraft: true "), starter);
    String guide = Files.readString(Path.of("docs/editors-guide.md"));
    String start = guide.substring(guide.indexOf("## 1. Getting started"), guide.indexOf("## 2. "));
    assertTrue(start.contains("`draft: true`") && start.contains("serve --drafts"), start);
    assertFalse(guide.contains("`draft` lines commented out"));
  }
}
