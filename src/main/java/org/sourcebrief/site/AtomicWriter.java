package org.sourcebrief.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.SortedMap;
import java.util.stream.Stream;

/**
 * Writes a finished site into a fresh folder beside the output folder, then swaps it into place, so
 * readers and editors never see a half-written site and a failed build changes nothing.
 */
public final class AtomicWriter {
  private AtomicWriter() {}

  public static void write(Path out, SortedMap<String, byte[]> files) throws IOException {
    Path target = out.toAbsolutePath().normalize();
    Path parent = target.getParent();
    Files.createDirectories(parent);
    Path fresh = Files.createTempDirectory(parent, "." + target.getFileName() + "-new-");
    try {
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path p = fresh.resolve(f.getKey()).normalize();
        if (!p.startsWith(fresh))
          throw new IOException("refusing to write outside the site: " + f.getKey());
      }
      for (String folder :
          new java.util.TreeSet<>(
              files.keySet().stream()
                  .map(k -> fresh.resolve(k).getParent())
                  .map(Path::toString)
                  .toList())) {
        Files.createDirectories(Path.of(folder));
      }
      writeAll(fresh, files);
      swap(fresh, target);
    } finally {
      deleteTree(fresh);
    }
  }

  /** Writes the files in parallel; the folders exist already. */
  private static void writeAll(Path fresh, SortedMap<String, byte[]> files) throws IOException {
    try {
      files.entrySet().parallelStream()
          .forEach(
              f -> {
                try {
                  Files.write(fresh.resolve(f.getKey()), f.getValue());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Files.createTempDirectory(target.getParent(), "." + target.getFileName() + "-old-");
    Files.delete(old);
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    deleteTree(old);
  }

  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) return;
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
    }
  }
}
