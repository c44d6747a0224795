package org.sourcebrief.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.stream.Stream;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigLoader;
import org.sourcebrief.content.Content;
import org.sourcebrief.content.ContentLoader;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.Validator;

/**
 * Loads and validates a fixture site in memory, for tests of the later stages. The fixture is
 * written to a temporary folder only while it loads, and the folder is deleted before returning.
 */
public record Checked(CheckedContent content, Diagnostics diagnostics) {
  public static Checked of(String fixture) {
    Path dir = null;
    try {
      dir = FixtureSite.write(Files.createTempDirectory("sourcebrief-fixture"), fixture);
      Diagnostics d = new Diagnostics();
      SourceTexts texts = new SourceTexts();
      ProjectFiles files = new ProjectFiles(d, dir.resolve("content"));
      SiteConfig config =
          new SiteConfigLoader(d, texts, files)
              .load(dir.resolve("content/site.yaml"), "content/site.yaml")
              .orElseThrow();
      Content content = new ContentLoader(d, texts, files).load(dir.resolve("content"), "content");
      CheckedContent checked =
          new Validator(d, org.sourcebrief.text.TestWords.of(config.locale()))
              .check(config, content, LocalDate.of(2025, 1, 15), false);
      return new Checked(checked, d);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) {
    if (dir == null) return;
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The diagnostics as "file:line:col code" lines, for compact assertions. */
  public java.util.List<String> codes() {
    return diagnostics.sorted().stream()
        .map(x -> (x.position() == null ? "" : x.position() + " ") + x.code())
        .toList();
  }
}
