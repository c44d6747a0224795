package org.sourcebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/**
 * What `build --out` may replace: only a missing or empty folder, or one holding a site it wrote
 * itself. Anything else is refused with exit 2, a message saying what was found, and every file as
 * it was.
 */
class OutputFolderTest {
  @TempDir Path dir;

  @BeforeEach
  void site() {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    FixtureSite.write(dir, "-- templates/assets/extra.css --\np { margin: 0 }\n");
  }

  @Test
  void refusesTheFolderHoldingTheContentAndChangesNothing() throws IOException {
    assertRefused(dir, "holds the content folder");
  }

  @Test
  void refusesTheContentFolder() throws IOException {
    assertRefused(dir.resolve("content"), "is the content folder");
  }

  @Test
  void refusesTheTemplatesFolder() throws IOException {
    assertRefused(dir.resolve("templates"), "is the templates folder");
  }

  @Test
  void refusesAFolderOfOtherFilesNamingWhatItHolds() throws IOException {
    Path docs = dir.resolve("docs");
    FixtureSite.write(docs, "-- notes.txt --\nmine\n-- pics/a.txt --\nalso mine\n");
    CliRun r = assertRefused(docs, "holds files Sourcebrief did not write: notes.txt, pics/");
    assertTrue(r.err().contains("empty this folder"), r.err());
    assertTrue(r.err().contains("earlier version of Sourcebrief"), r.err());
  }

  @Test
  void refusesARegularFile() throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "my notes\n");
    assertRefused(file, "is a file, not a folder");
  }

  @Test
  void refusesTheRootOfTheFileSystem() throws IOException {
    Path root = dir.getRoot();
    CliRun r = build(root);
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("is the root of the file system"), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
  }

  @Test
  void refusesTheHomeFolder() throws IOException {
    Path home = Files.createDirectories(dir.resolve("home"));
    Files.writeString(home.resolve(".profile"), "mine\n");
    String before = System.getProperty("user.home");
    System.setProperty("user.home", home.toString());
    try {
      assertRefused(home, "is your home folder");
    } finally {
      System.setProperty("user.home", before);
    }
  }

  @Test
  void refusesASymbolicLinkAndLeavesItsTargetAlone() throws IOException {
    Path real = Files.createDirectories(dir.resolve("real-out"));
    Path link = dir.resolve("site-out");
    try {
      Files.createSymbolicLink(link, real);
    } catch (UnsupportedOperationException | IOException e) {
      assumeTrue(false, "this file system cannot make symbolic links");
    }
    CliRun r = assertRefused(link, "is a symbolic link to " + real);
    assertTrue(r.err().contains("pass the folder the link points to"), r.err());
    assertTrue(Files.isSymbolicLink(link));
  }

  @Test
  void refusesAnOutputFolderInsideAFile() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "my notes\n");
    assertRefused(dir.resolve("notes.txt/site"), "notes.txt is a file, not a folder");
  }

  @Test
  void writesIntoAMissingOrEmptyFolderAndMarksIt() throws IOException {
    Path empty = Files.createDirectories(dir.resolve("empty"));
    for (Path out : List.of(dir.resolve("new/site-out"), empty)) {
      CliRun r = build(out);
      assertEquals(0, r.exitCode(), r.err());
      assertTrue(Files.isRegularFile(out.resolve("briefings/first/index.html")));
      assertEquals(
          "This folder is a website built by Sourcebrief. Each build replaces all of it,\n"
              + "so keep nothing else here.\n",
          Files.readString(out.resolve(".sourcebrief-site")));
    }
  }

  @Test
  void replacesAFolderItWroteItself() throws IOException {
    Path out = dir.resolve("site-out");
    assertEquals(0, build(out).exitCode());
    Files.writeString(out.resolve("stray.html"), "left by hand");
    CliRun again = build(out);
    assertEquals(0, again.exitCode(), again.err());
    assertFalse(Files.exists(out.resolve("stray.html")));
    assertTrue(Files.isRegularFile(out.resolve("index.html")));
    assertEquals(List.of("content", "site-out", "templates"), besides(dir, ".cache"));
  }

  @Test
  void foldersAre0755AndFiles0644WhateverTheTemporaryFolderHad() throws IOException {
    Path out = dir.resolve("site-out");
    assumeTrue(out.getFileSystem().supportedFileAttributeViews().contains("posix"));
    assertEquals(0, build(out).exitCode());
    try (Stream<Path> all = Files.walk(out)) {
      for (Path p : all.toList()) {
        String expected = Files.isDirectory(p) ? "rwxr-xr-x" : "rw-r--r--";
        assertEquals(
            expected,
            PosixFilePermissions.toString(Files.getPosixFilePermissions(p)),
            p.toString());
      }
    }
  }

  @Test
  void removesWhatInterruptedBuildsLeftAndNothingElse() throws IOException, InterruptedException {
    long ended = endedProcessId();
    Path out = dir.resolve("site-out");
    assertEquals(0, build(out).exitCode());
    Path leftNew = marked(".site-out-new-" + ended + "-abc");
    Path leftOld = marked(".site-out-old-" + ended + "-def");
    Path leftEmpty = Files.createDirectories(dir.resolve(".site-out-new-" + ended + "-ghi"));
    Path notMarked = dir.resolve(".site-out-new-" + ended + "-jkl");
    FixtureSite.write(notMarked, "-- mine.txt --\nmine\n");
    Path stillRunning = marked(".site-out-new-" + ProcessHandle.current().pid() + "-mno");
    Path otherName = marked(".docs-new-" + ended + "-pqr");

    CliRun r = build(out);

    assertEquals(0, r.exitCode(), r.err());
    assertFalse(Files.exists(leftNew));
    assertFalse(Files.exists(leftOld));
    assertFalse(Files.exists(leftEmpty));
    assertTrue(Files.exists(notMarked.resolve("mine.txt")));
    assertTrue(Files.exists(stillRunning));
    assertTrue(Files.exists(otherName));
  }

  @Test
  void aReadOnlyOutputFolderIsRefusedAndKept() throws IOException {
    Path out = dir.resolve("site-out");
    assertEquals(0, build(out).exitCode());
    Path briefings = out.resolve("briefings");
    Files.setPosixFilePermissions(briefings, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(briefings), "permissions are not enforced (running as root)");
      SortedMap<String, String> before = snapshot(dir);
      CliRun r = build(out);
      assertEquals(2, r.exitCode(), r.err());
      assertTrue(r.err().contains("is not writable"), r.err());
      assertEquals(before, snapshot(dir));
    } finally {
      Files.setPosixFilePermissions(briefings, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void anUnwritableParentIsRefused() throws IOException {
    Path parent = Files.createDirectories(dir.resolve("locked"));
    Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(parent), "permissions are not enforced (running as root)");
      CliRun r = build(parent.resolve("site-out"));
      assertEquals(2, r.exitCode(), r.err());
      assertTrue(r.err().contains("is not writable"), r.err());
      assertFalse(r.err().contains("Exception"), r.err());
    } finally {
      Files.setPosixFilePermissions(parent, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void checkAcceptsOutAndIgnoresIt() throws IOException {
    SortedMap<String, String> before = snapshot(dir);
    CliRun r = CliRun.in(dir, "check", "--out", dir.toString());
    assertEquals(0, r.exitCode(), r.err());
    assertEquals(before, snapshot(dir));
  }

  @Test
  void serveRefusesTooBeforeStarting() throws IOException {
    CliRun r =
        run(
            "serve",
            "--content",
            dir.resolve("content").toString(),
            "--out",
            dir.toString(),
            "--port",
            "0");
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().contains("holds the content folder"), r.err());
  }

  /** Refused with exit 2 before any work: every file as it was, no cache, no hidden folder. */
  private CliRun assertRefused(Path out, String found) throws IOException {
    SortedMap<String, String> before = snapshot(dir);
    CliRun r = build(out);
    assertEquals(2, r.exitCode(), r.err());
    assertTrue(r.err().startsWith("error: the output folder '" + out + "'"), r.err());
    assertTrue(r.err().contains(found), r.err());
    assertTrue(r.err().contains("  hint: "), r.err());
    assertFalse(r.err().contains("Exception"), r.err());
    assertEquals("", r.out());
    assertEquals(before, snapshot(dir), "files changed");
    return r;
  }

  private CliRun build(Path out) {
    return run(
        "build",
        "--content",
        dir.resolve("content").toString(),
        "--templates",
        dir.resolve("templates").toString(),
        "--today",
        CliRun.TODAY,
        "--cache",
        dir.resolve(".cache").toString(),
        "--out",
        out.toString());
  }

  private static CliRun run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  private Path marked(String name) throws IOException {
    Path p = Files.createDirectories(dir.resolve(name).resolve("briefings"));
    Files.writeString(p.resolveSibling(".sourcebrief-site"), "made by a build\n");
    return p.getParent();
  }

  /** The id of a process that has ended. */
  private static long endedProcessId() throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version")
            .redirectErrorStream(true)
            .start();
    p.getInputStream().readAllBytes();
    p.waitFor();
    assumeTrue(ProcessHandle.of(p.pid()).map(h -> !h.isAlive()).orElse(true));
    return p.pid();
  }

  private static List<String> besides(Path dir, String except) throws IOException {
    List<String> names = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.map(p -> p.getFileName().toString())
          .filter(n -> !n.equals(except))
          .sorted()
          .forEach(names::add);
    }
    return names;
  }

  /** Every file and folder under {@code dir}, links not followed, with its bytes. */
  private static SortedMap<String, String> snapshot(Path dir) throws IOException {
    SortedMap<String, String> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.toList()) {
        String key = dir.relativize(p).toString();
        if (Files.isSymbolicLink(p)) files.put(key, "-> " + Files.readSymbolicLink(p));
        else if (Files.isDirectory(p)) files.put(key + "/", "");
        else files.put(key, new String(Files.readAllBytes(p), StandardCharsets.ISO_8859_1));
      }
    }
    return files;
  }
}
