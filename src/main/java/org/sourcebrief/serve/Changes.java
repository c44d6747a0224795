package org.sourcebrief.serve;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedSet;

/**
 * The files that changed since the last rebuild, and when the first of them was seen ({@link
 * System#nanoTime}), from which the edit-to-reload time is measured.
 */
record Changes(SortedSet<Path> paths, long firstSeenNanos) {
  /**
   * "content/briefings/a.md", or "content/briefings/a.md and 2 more". Files that no longer exist
   * (deleted, or the temporary files some editors save through) count only when nothing else
   * changed.
   */
  String describe() {
    List<Path> present = paths.stream().filter(Files::exists).toList();
    List<Path> shown = present.isEmpty() ? List.copyOf(paths) : present;
    String first = shown.get(0).toString().replace('\\', '/');
    return shown.size() == 1 ? first : first + " and " + (shown.size() - 1) + " more";
  }
}
