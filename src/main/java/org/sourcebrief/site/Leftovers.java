package org.sourcebrief.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The hidden folders a build keeps beside the output folder while it swaps a site in ({@code
 * .site-out-new-…} and {@code .site-out-old-…}). Their names carry the id of the process that made
 * them, so a later build removes the ones an interrupted build left, and never those of a build
 * still running.
 */
final class Leftovers {
  private Leftovers() {}

  /** A fresh, empty folder beside {@code target}, for the new site. */
  static Path create(Path target, String kind) throws IOException {
    return Files.createDirectory(name(target, kind));
  }

  /**
   * A name beside {@code target} for a folder of this process: {@code
   * .<name>-<kind>-<pid>-<random>}.
   */
  static Path name(Path target, String kind) {
    String random = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);
    return target.resolveSibling(
        "."
            + target.getFileName()
            + "-"
            + kind
            + "-"
            + ProcessHandle.current().pid()
            + "-"
            + random);
  }

  /**
   * Deletes what interrupted builds left beside {@code target}: folders named as ours, whose
   * process has ended, holding the marker (or nothing at all). Anything else is left alone; a
   * folder that cannot be deleted now is tried again by the next build.
   */
  static void remove(Path target) throws IOException {
    Pattern ours =
        Pattern.compile(
            "\\."
                + Pattern.quote(target.getFileName().toString())
                + "-(?:new|old)-(\\d+)-[0-9a-z]+");
    List<Path> beside;
    try (Stream<Path> s = Files.list(target.getParent())) {
      beside = s.sorted().toList();
    }
    for (Path p : beside) {
      Matcher m = ours.matcher(p.getFileName().toString());
      if (m.matches() && ended(m.group(1)) && marked(p)) {
        try {
          AtomicWriter.deleteTree(p);
        } catch (IOException e) {
          // left for the next build
        }
      }
    }
  }

  private static boolean ended(String pid) {
    try {
      long id = Long.parseLong(pid);
      return id != ProcessHandle.current().pid()
          && ProcessHandle.of(id).map(h -> !h.isAlive()).orElse(true);
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean marked(Path p) throws IOException {
    if (!Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) return false;
    if (Files.isRegularFile(p.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) return true;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }
}
