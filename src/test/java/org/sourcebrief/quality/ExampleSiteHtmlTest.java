package org.sourcebrief.quality;

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
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;

/** Every page of the example briefing in content/ is valid HTML by the W3C Nu HTML Checker. */
class ExampleSiteHtmlTest {
  private static final String VALID =
      """
      <!DOCTYPE html>
      <html lang="en">
      <head><meta charset="utf-8"><title>Fine</title></head>
      <body><p id="a">One</p><p id="b">Two</p></body>
      </html>
      """;

  @TempDir static Path out;
  private static HtmlChecker checker;

  @BeforeAll
  static void setUp() {
    long start = System.nanoTime();
    checker = new HtmlChecker();
    System.out.printf("Nu HTML checker set up in %d ms%n", (System.nanoTime() - start) / 1_000_000);
  }

  @Test
  void checkerAcceptsAValidPage() {
    assertEquals(List.of(), checker.errors(VALID, "valid.html"));
  }

  @Test
  void checkerReportsDuplicateIds() {
    List<String> errors = checker.errors(VALID.replace("id=\"b\"", "id=\"a\""), "dup.html");
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("dup.html:4:") && e.contains("Duplicate ID")),
        errors::toString);
  }

  @Test
  void checkerReportsADivInsideAParagraph() {
    List<String> errors = checker.errors(VALID.replace(">Two<", "><div>Two</div><"), "div.html");
    assertTrue(
        errors.stream().anyMatch(e -> e.startsWith("div.html:4:") && e.contains("“p”")),
        errors::toString);
  }

  @Test
  void checkerForgetsThePreviousPage() {
    assertFalse(checker.errors("<p>no doctype, no title", "bad.html").isEmpty());
    assertEquals(List.of(), checker.errors(VALID, "valid.html"));
  }

  @Test
  void everyPageOfTheExampleSiteIsValidHtml() throws IOException {
    BuildResult result =
        new SiteBuilder()
            .build(
                new BuildOptions(
                    Path.of("content"),
                    Path.of("templates"),
                    out,
                    null,
                    false,
                    false,
                    LocalDate.of(2025, 1, 15),
                    null));
    assertFalse(result.failed(), () -> result.printer().format(result.diagnostics()));

    List<Path> pages = htmlFiles();
    assertFalse(pages.isEmpty(), "the build wrote no .html files to " + out);
    long start = System.nanoTime();
    List<String> errors = new ArrayList<>();
    for (Path page : pages) {
      String name = out.relativize(page).toString().replace('\\', '/');
      errors.addAll(checker.errors(Files.readString(page, StandardCharsets.UTF_8), name));
    }
    System.out.printf(
        "Nu HTML checker checked %d pages in %d ms%n",
        pages.size(), (System.nanoTime() - start) / 1_000_000);
    assertTrue(
        errors.isEmpty(),
        () ->
            errors.size()
                + " HTML error(s) in "
                + pages.size()
                + " pages:\n"
                + String.join("\n", errors));
  }

  private static List<Path> htmlFiles() throws IOException {
    try (Stream<Path> files = Files.walk(out)) {
      return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }
}
