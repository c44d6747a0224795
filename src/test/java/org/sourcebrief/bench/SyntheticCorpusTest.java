package org.sourcebrief.bench;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;
import org.sourcebrief.testing.SiteFolder;

/** The benchmark's corpus is valid content, reproducible, and free of naked numbers. */
class SyntheticCorpusTest {
  private static final int N = 20;
  private static final Pattern REFERENCE = Pattern.compile("\\{\\{[^}]*}}");
  private static final Pattern NUMBER = Pattern.compile("\\d+");
  private static final Pattern YEAR = Pattern.compile("(19|20)\\d\\d");

  @TempDir Path dir;

  @Test
  void buildsWithZeroDiagnosticsWithCharts() throws IOException {
    Path content = write("charts", true);
    BuildResult r = build(content);
    assertEquals(List.of(), r.diagnostics(), () -> r.printer().format(r.diagnostics()));
    assertEquals(
        N,
        r.files().keySet().stream()
            .filter(f -> f.matches("briefings/b\\d{5}/index\\.html"))
            .count());
    assertEquals(N, r.files().keySet().stream().filter(f -> f.matches("figures/.*\\.png")).count());
  }

  @Test
  void buildsWithZeroDiagnosticsWithoutCharts() throws IOException {
    Path content = write("nocharts", false);
    BuildResult r = build(content);
    assertEquals(List.of(), r.diagnostics(), () -> r.printer().format(r.diagnostics()));
    assertFalse(Files.exists(content.resolve("charts")));
    for (String md : briefings(content)) assertFalse(md.contains("{{chart:"));
  }

  @Test
  void twoGenerationsAreByteIdentical() throws IOException {
    SortedMap<String, byte[]> a = SiteFolder.read(write("a", true));
    SortedMap<String, byte[]> b = SiteFolder.read(write("b", true));
    assertEquals(a.keySet(), b.keySet());
    a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
  }

  /** Every briefing has the promised shape, and no digits outside references but years. */
  @Test
  void briefingsHaveTheirShapeAndNoNakedNumbers() throws IOException {
    for (String md : briefings(write("shape", true))) {
      String body = md.substring(md.indexOf("\n---\n", 4) + 5);
      int facts = count(body, "{{fact:");
      assertTrue(facts >= 5 && facts <= 10, "fact references: " + facts);
      assertEquals(1, count(body, "{{cite:"));
      assertTrue(body.contains("\n{{chart:b"), "a chart line");
      assertTrue(count(body, "\n## ") >= 4, "headings");
      assertTrue(body.contains("\n- "), "a list");
      assertTrue(body.contains("|---|"), "a table");
      int words = SyntheticProse.words(REFERENCE.matcher(body).replaceAll("x"));
      assertTrue(words > 700 && words < 950, "about 800 words, not " + words);
      assertEquals(List.of(), nakedNumbers(body));
    }
  }

  private Path write(String name, boolean charts) throws IOException {
    Path content = dir.resolve(name).resolve("content");
    new SyntheticCorpus(SyntheticCorpus.SEED, charts).write(content, N);
    return content;
  }

  private static BuildResult build(Path content) throws IOException {
    return new SiteBuilder()
        .build(
            new BuildOptions(
                content,
                Path.of("templates"),
                null,
                null,
                true,
                false,
                LocalDate.of(2025, 1, 15),
                null));
  }

  private static List<String> briefings(Path content) throws IOException {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= N; i++) {
      Path file = content.resolve("briefings").resolve(SyntheticCorpus.name(i) + ".md");
      out.add(Files.readString(file, StandardCharsets.UTF_8));
    }
    return out;
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) n++;
    return n;
  }

  private static List<String> nakedNumbers(String body) {
    List<String> out = new ArrayList<>();
    Matcher m = NUMBER.matcher(REFERENCE.matcher(body).replaceAll(""));
    while (m.find()) if (!YEAR.matcher(m.group()).matches()) out.add(m.group());
    return out;
  }
}
