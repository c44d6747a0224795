package org.sourcebrief.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class CheckedTest {
  @Test
  void leavesNoFixtureFolderInTheSystemTempFolder() throws IOException {
    String marker = "marker-" + UUID.randomUUID();
    Checked.of(FixtureSite.MINIMAL.replace("A site for tests.", marker));
    assertEquals(List.of(), foldersHolding(marker));
  }

  /** Fixture folders under the temp folder whose site.yaml holds {@code marker}. */
  private static List<Path> foldersHolding(String marker) throws IOException {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    try (Stream<Path> all = Files.list(tmp)) {
      return all.filter(p -> p.getFileName().toString().startsWith("sourcebrief-fixture"))
          .filter(p -> holds(p.resolve("content/site.yaml"), marker))
          .toList();
    }
  }

  private static boolean holds(Path file, String marker) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8).contains(marker);
    } catch (IOException e) {
      return false;
    }
  }
}
