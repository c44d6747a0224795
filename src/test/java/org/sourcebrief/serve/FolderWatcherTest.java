package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatcherTest {
  @TempDir Path dir;
  private final BlockingQueue<Path> changes = new LinkedBlockingQueue<>();

  @Test
  void seesChangesInSubfoldersIncludingNewOnes() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content/facts"));
    try (FolderWatcher w =
        new FolderWatcher(List.of(dir.resolve("content")), List.of(), changes::add)) {
      Files.writeString(content.resolve("a.yaml"), "- id: a\n");
      awaitChange(content.resolve("a.yaml"));

      Path fresh = Files.createDirectory(dir.resolve("content/briefings"));
      awaitChange(fresh); // reported only once it is watched
      Files.writeString(fresh.resolve("new.md"), "text");
      awaitChange(fresh.resolve("new.md"));
    }
  }

  @Test
  void keepsWatchingAFolderDeletedAndPutBack() throws Exception {
    Path content = dir.resolve("content");
    Files.createDirectories(content.resolve("facts"));
    Files.writeString(content.resolve("facts/a.yaml"), "- id: a\n");
    try (FolderWatcher w = new FolderWatcher(List.of(content), List.of(), changes::add)) {
      deleteTree(content);
      awaitChange(content);
      Files.createDirectories(content);
      awaitChange(content); // its parent saw it come back; it is watched before this is reported
      Files.writeString(content.resolve("site.yaml"), "title: x\n");
      awaitChange(content.resolve("site.yaml"));
      Path facts = Files.createDirectory(content.resolve("facts"));
      awaitChange(facts);
      Files.writeString(facts.resolve("a.yaml"), "- id: b\n");
      awaitChange(facts.resolve("a.yaml"));
    }
  }

  @Test
  void startsWatchingAFolderThatIsCreatedLater() throws Exception {
    Path content = dir.resolve("content");
    try (FolderWatcher w = new FolderWatcher(List.of(content), List.of(), changes::add)) {
      Files.createDirectories(content);
      awaitChange(content);
      Files.writeString(content.resolve("site.yaml"), "title: x\n");
      awaitChange(content.resolve("site.yaml"));
    }
  }

  @Test
  void ignoresScratchFilesAndExcludedFolders() throws Exception {
    Path content = Files.createDirectories(dir.resolve("content"));
    Path out = Files.createDirectories(content.resolve("site-out"));
    try (FolderWatcher w = new FolderWatcher(List.of(content), List.of(out), changes::add)) {
      Files.writeString(content.resolve(".a.md.swp"), "x");
      Files.writeString(content.resolve("a.md~"), "x");
      Files.writeString(content.resolve("#a.md#"), "x");
      Files.writeString(out.resolve("index.html"), "x");
      Files.writeString(content.resolve("a.md"), "x");
      List<Path> seen = awaitChange(content.resolve("a.md"));
      assertEquals(List.of(), seen, "nothing before the real file");
    }
  }

  @Test
  void aMissingFolderIsSkipped() throws IOException {
    try (FolderWatcher w =
        new FolderWatcher(List.of(dir.resolve("none")), List.of(), changes::add)) {
      assertEquals(0, w.folderCount());
    }
  }

  @Test
  void closingStopsTheWatchThread() throws Exception {
    FolderWatcher w = new FolderWatcher(List.of(dir), List.of(), changes::add);
    assertTrue(w.folderCount() > 0);
    assertTrue(w.running());
    w.close();
    assertFalse(w.running());
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    }
  }

  /** Waits for {@code path}; returns the other paths reported before it. */
  private List<Path> awaitChange(Path path) throws InterruptedException {
    List<Path> before = new ArrayList<>();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (System.nanoTime() < deadline) {
      Path p = changes.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (path.equals(p)) return before;
      if (p != null && !before.contains(p)) before.add(p);
    }
    return fail("no change reported for " + path + "; saw " + before);
  }
}
