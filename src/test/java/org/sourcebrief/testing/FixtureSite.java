package org.sourcebrief.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;

/**
 * A tiny site written from one text block, in the style of txtar: each file starts with a line
 * {@code -- path/inside/the/site --}. Paths are relative to the site folder, e.g. {@code
 * content/site.yaml} or {@code templates/home.ftlh}.
 */
public final class FixtureSite {
  private FixtureSite() {}

  /** The files of a fixture text, in order. */
  public static Map<String, String> parse(String text) {
    Map<String, String> files = new LinkedHashMap<>();
    String name = null;
    StringBuilder body = new StringBuilder();
    for (String line : text.split("\n", -1)) {
      if (line.startsWith("-- ") && line.endsWith(" --") && line.length() > 6) {
        if (name != null) files.put(name, body.toString());
        name = line.substring(3, line.length() - 3).trim();
        body.setLength(0);
      } else if (name != null) {
        body.append(line).append('\n');
      }
    }
    if (name != null) files.put(name, body.toString().replaceFirst("\n$", ""));
    return files;
  }

  /**
   * Writes the fixture into {@code dir} and builds it in this process: its content/ and templates/,
   * no output folder, no cache, today 2025-01-15. Fails the test, with the diagnostics, when the
   * build does.
   */
  public static BuildResult build(Path dir, String text) throws IOException {
    write(dir, text);
    BuildResult r =
        new SiteBuilder()
            .build(
                new BuildOptions(
                    dir.resolve("content"),
                    dir.resolve("templates"),
                    null,
                    null,
                    false,
                    false,
                    LocalDate.of(2025, 1, 15),
                    null));
    assertFalse(r.failed(), () -> r.printer().format(r.diagnostics()));
    return r;
  }

  /** Writes the fixture into {@code dir} and returns {@code dir}. */
  public static Path write(Path dir, String text) {
    try {
      for (Map.Entry<String, String> f : parse(text).entrySet()) {
        Path p = dir.resolve(f.getKey());
        Files.createDirectories(p.getParent());
        Files.writeString(p, f.getValue(), StandardCharsets.UTF_8);
      }
      return dir;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid site: one source, one fact, one briefing citing it. */
  public static final String MINIMAL =
      """
      -- content/site.yaml --
      title: "Test site"
      description: "A site for tests."
      base_url: "https://example.org/test/"
      language: en
      locale: en-US
      -- content/sources.yaml --
      agency-2024:
        publisher: "Statistics Agency"
        title: "Annual report"
        date: 2024-05
      -- content/facts/a.yaml --
      - id: people_count
        label: "People counted"
        value: 757008
        unit: people
        as_of: 2024-04-30
        source: agency-2024
      -- content/briefings/first.md --
      ---
      title: "First briefing"
      summary: "A summary."
      date: 2024-06-01
      ---
      We counted {{fact:people_count}} people.{{cite:agency-2024}}
      """;
}
