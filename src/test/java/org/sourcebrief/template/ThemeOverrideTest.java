package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.testing.SiteFolder;

/**
 * A site overrides one word and one partial from its own templates/ folder, and exactly that output
 * changes: the navigation's "Facts" reads "Figures", and every value's {@code <data>} element gets
 * the site's class. Every other byte of every file stays the same.
 */
class ThemeOverrideTest {
  private static final String WORD = "-- templates/words/en.yaml --\nnav.facts: \"Figures\"\n";
  private static final String PARTIAL =
      "-- templates/_markup/value.ftlh --\n"
          + "<bdi><data class=\"v\" value=\"${value.value}\">${value.text}</data></bdi><#t>\n";

  @Test
  void oneWordAndOnePartialChangeExactlyTheirOutput(@TempDir Path dir) throws IOException {
    SortedMap<String, byte[]> before = build(dir.resolve("before"), "");
    SortedMap<String, byte[]> after = build(dir.resolve("after"), WORD + PARTIAL);
    assertEquals(before.keySet(), after.keySet());
    int changed = 0;
    for (Map.Entry<String, byte[]> f : before.entrySet()) {
      byte[] now = after.get(f.getKey());
      if (!f.getKey().endsWith(".html")) {
        assertArrayEquals(f.getValue(), now, f.getKey());
        continue;
      }
      String expected =
          new String(f.getValue(), StandardCharsets.UTF_8)
              .replace("\">Facts</a></li>", "\">Figures</a></li>")
              .replace("<data value=", "<data class=\"v\" value=");
      assertEquals(expected, new String(now, StandardCharsets.UTF_8), f.getKey());
      if (!expected.equals(new String(f.getValue(), StandardCharsets.UTF_8))) changed++;
    }
    assertNotEquals(0, changed, "the overrides changed no page");
  }

  private static SortedMap<String, byte[]> build(Path dir, String templates) throws IOException {
    Files.createDirectories(dir);
    FixtureSite.write(
        dir, Files.readString(Path.of("src/test/resources/pseudo-locale/site.txt")) + templates);
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.errRelativeTo(dir));
    return SiteFolder.read(dir.resolve("site-out"));
  }
}
