package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicWriterTest {
  @TempDir Path dir;

  @Test
  void replacesTheWholeFolderAndLeavesNoTemporaryFolders() throws IOException {
    Path out = dir.resolve("site-out");
    Files.createDirectories(out.resolve("old"));
    Files.writeString(out.resolve("old/stale.html"), "stale");
    Files.writeString(out.resolve(OutputFolder.MARKER), "an earlier build");
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("index.html", "new".getBytes());
    files.put("a/b/index.html", "deep".getBytes());
    AtomicWriter.write(out, files);
    assertEquals("new", Files.readString(out.resolve("index.html")));
    assertEquals("deep", Files.readString(out.resolve("a/b/index.html")));
    assertFalse(Files.exists(out.resolve("old")));
    assertArrayEquals(
        OutputFolder.MARKER_TEXT, Files.readAllBytes(out.resolve(OutputFolder.MARKER)));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "only site-out/ remains beside it");
    }
  }

  @Test
  void aRebuildWritesOnlyTheFilesWhoseBytesChanged() throws IOException {
    Path out = dir.resolve("site-out");
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("index.html", "home".getBytes());
    files.put("a/index.html", "same".getBytes());
    files.put("b/index.html", "before".getBytes());
    AtomicWriter.write(out, files);
    Object same = inode(out.resolve("a/index.html"));
    Object changed = inode(out.resolve("b/index.html"));
    files.put("b/index.html", "after".getBytes());
    files.put("c/index.html", "new".getBytes());
    AtomicWriter.write(out, files);
    assertEquals(same, inode(out.resolve("a/index.html")), "unchanged: the same file, kept");
    assertFalse(changed.equals(inode(out.resolve("b/index.html"))), "changed: written anew");
    assertEquals("after", Files.readString(out.resolve("b/index.html")));
    assertEquals("new", Files.readString(out.resolve("c/index.html")));
    assertEquals("same", Files.readString(out.resolve("a/index.html")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "only site-out/ remains beside it");
    }
  }

  @Test
  void aFileReachedThroughALinkedFolderIsNeverShared() throws IOException {
    Path out = dir.resolve("site-out");
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("index.html", "home".getBytes());
    AtomicWriter.write(out, files);
    // Someone replaced a folder of the site with a link to a folder outside it, holding a file
    // with exactly the bytes the next build writes.
    Path outside = Files.createDirectories(dir.resolve("elsewhere"));
    Files.writeString(outside.resolve("index.html"), "page");
    Files.createSymbolicLink(out.resolve("a"), outside);
    files.put("a/index.html", "page".getBytes());
    AtomicWriter.write(out, files);
    assertFalse(Files.isSymbolicLink(out.resolve("a")));
    assertFalse(inode(outside.resolve("index.html")).equals(inode(out.resolve("a/index.html"))));
    assertEquals("page", Files.readString(outside.resolve("index.html")), "left as it was");
  }

  private static Object inode(Path p) throws IOException {
    return Files.getAttribute(p, "unix:ino");
  }

  @Test
  void refusesPathsOutsideTheSiteAndChangesNothing() throws IOException {
    Path out = dir.resolve("site-out");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "keep");
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("../escape.txt", "x".getBytes());
    Files.writeString(out.resolve(OutputFolder.MARKER), "an earlier build");
    assertThrows(IOException.class, () -> AtomicWriter.write(out, files));
    assertEquals("keep", Files.readString(out.resolve("keep.txt")));
    assertTrue(Files.notExists(dir.resolve("escape.txt")));
    try (Stream<Path> s = Files.list(dir)) {
      assertEquals(1, s.count(), "no hidden folder is left after a failed write");
    }
  }

  @Test
  void refusesAFolderItDidNotMakeEvenWhenCalledDirectly() throws IOException {
    Path out = dir.resolve("docs");
    Files.createDirectories(out);
    Files.writeString(out.resolve("keep.txt"), "keep");
    TreeMap<String, byte[]> files = new TreeMap<>();
    files.put("index.html", "new".getBytes());
    assertThrows(OutputFolderException.class, () -> AtomicWriter.write(out, files));
    assertEquals("keep", Files.readString(out.resolve("keep.txt")));
  }

  @Test
  void neverReplacesTheFolderItRunsFromNorOneAboveIt() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project/sub"));
    for (Path out : new Path[] {project, dir.resolve("project"), dir}) {
      OutputFolderException e =
          assertThrows(
              OutputFolderException.class,
              () -> OutputFolder.check(out, Map.of(project, "the folder Sourcebrief runs from")));
      assertTrue(e.getMessage().contains("the folder Sourcebrief runs from"), e.getMessage());
    }
    OutputFolder.check(project.resolve("site-out"), Map.of(project, "the folder it runs from"));
  }
}
