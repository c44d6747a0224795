package org.sourcebrief.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sourcebrief.testing.FixtureSite;

/**
 * The valid sites the fuzzer starts from: the example briefing in {@code content/}, the minimal
 * fixture and every odd-but-valid site of {@code src/test/resources/hostile-valid/}. Only their
 * content is kept; the theme is the default one packed with the generator.
 */
final class Seeds {
  private static final Path EXAMPLE = Path.of("content");
  private static final Path HOSTILE = Path.of("src/test/resources/hostile-valid");
  private static final List<Seed> ALL = load();

  private Seeds() {}

  /** A valid site: its name and its files, keyed by path inside the site ("content/…"). */
  record Seed(String name, SortedMap<String, byte[]> files) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Seed> all() {
    return ALL;
  }

  private static List<Seed> load() {
    try {
      List<Seed> seeds = new ArrayList<>();
      seeds.add(new Seed("example", readFolder(EXAMPLE, "content/")));
      seeds.add(new Seed("minimal", fixture(FixtureSite.MINIMAL)));
      try (Stream<Path> cases = Files.list(HOSTILE)) {
        for (Path c : cases.filter(Files::isDirectory).sorted().toList()) {
          String text = Files.readString(c.resolve("site.txt"), StandardCharsets.UTF_8);
          seeds.add(new Seed("hostile-valid/" + c.getFileName(), fixture(text)));
        }
      }
      return List.copyOf(seeds);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static SortedMap<String, byte[]> fixture(String text) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    for (Map.Entry<String, String> f : FixtureSite.parse(text).entrySet()) {
      files.put(f.getKey(), f.getValue().getBytes(StandardCharsets.UTF_8));
    }
    return files;
  }

  private static SortedMap<String, byte[]> readFolder(Path dir, String prefix) throws IOException {
    SortedMap<String, byte[]> files = new TreeMap<>();
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.filter(Files::isRegularFile).toList()) {
        String key = prefix + dir.relativize(p).toString().replace('\\', '/');
        files.put(key, Files.readAllBytes(p));
      }
    }
    return files;
  }
}
