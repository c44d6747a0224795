package org.sourcebrief.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/** A built site folder read into memory: relative path (with '/') to bytes, sorted. */
public final class SiteFolder {
  private SiteFolder() {}

  public static SortedMap<String, byte[]> read(Path dir) throws IOException {
    SortedMap<String, byte[]> out = new TreeMap<>();
    try (Stream<Path> s = Files.walk(dir)) {
      for (Path p : s.filter(Files::isRegularFile).toList()) {
        out.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
      }
    }
    return out;
  }
}
