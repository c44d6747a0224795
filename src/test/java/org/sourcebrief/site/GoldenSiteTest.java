package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.sourcebrief.testing.SiteFolder;

/**
 * The example site, byte for byte, against the checked-in copy in src/test/resources/golden/. After
 * an intended change, refresh the copy with {@code mvn test -Dtest=GoldenSiteTest
 * -Dgolden.update=true} and review the diff.
 */
class GoldenSiteTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden/example");

  @Test
  void exampleSiteMatchesTheGoldenCopy() throws IOException {
    SortedMap<String, byte[]> built = AtomicWriter.withMarker(ExampleBuilds.files());
    if (Boolean.getBoolean("golden.update")) AtomicWriter.write(GOLDEN, built);
    SortedMap<String, byte[]> golden = SiteFolder.read(GOLDEN);
    assertEquals(golden.keySet(), built.keySet(), "the set of files differs from the golden copy");
    List<String> differing = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : built.entrySet()) {
      if (!java.util.Arrays.equals(f.getValue(), golden.get(f.getKey()))) differing.add(f.getKey());
    }
    if (!differing.isEmpty()) {
      String first = differing.get(0);
      assertEquals(
          new String(golden.get(first), StandardCharsets.UTF_8),
          new String(built.get(first), StandardCharsets.UTF_8),
          "differs from golden: " + differing + " (refresh with -Dgolden.update=true and review)");
    }
  }
}
