package org.sourcebrief.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's arrows pointing one way (STYLE.md): a stage package may use only itself and
 * the stages before it, so nothing in content, validate, chart, markdown or template can reach
 * site, serve or cli. Every reference to {@code org.sourcebrief.<stage>} in code counts, whether an
 * import, a static import or a fully qualified name; comments and string literals do not.
 */
class PackageDependencyTest {
  private static final List<String> STAGES =
      List.of(
          "diag",
          "text",
          "files",
          "yaml",
          "config",
          "content",
          "validate",
          "chart",
          "lint",
          "markdown",
          "template",
          "site",
          "serve",
          "cli");
  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path ROOT = MAIN.resolve(Path.of("org", "sourcebrief"));
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
  private static final Pattern REFERENCE = Pattern.compile("\\borg\\.sourcebrief\\.(\\w+)[\\w.*]*");

  @Test
  void stagesDependOnlyOnEarlierStages() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      violations.addAll(violations(display(file), Files.readString(file, StandardCharsets.UTF_8)));
    }
    assertEquals(
        List.of(),
        violations,
        () ->
            violations.size()
                + " wrong-way dependencies (stage"
                + " order: "
                + String.join(" → ", STAGES)
                + "):\n"
                + String.join("\n", violations));
  }

  @Test
  void everyPackageSaysWhatItIsFor() throws IOException {
    List<String> missing =
        javaFiles().stream()
            .map(Path::getParent)
            .distinct()
            .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
            .map(dir -> display(dir.resolve("package-info.java")))
            .sorted()
            .toList();
    assertEquals(
        List.of(), missing, () -> "missing package-info.java:\n" + String.join("\n", missing));
  }

  @Test
  void scannerCatchesAnImportOfALaterStage() {
    String source =
        """
        package org.sourcebrief.template;

        import java.util.List;
        import org.sourcebrief.content.Fact;
        import org.sourcebrief.site.BuildOptions;

        final class Page {}
        """;
    assertEquals(
        List.of(
            "template/Page.java:5: import org.sourcebrief.site.BuildOptions;"
                + " (template may not depend on site, a later stage)"),
        violations("template/Page.java", source));
  }

  @Test
  void scannerCatchesStaticImportsAndQualifiedNames() {
    String source =
        """
        package org.sourcebrief.content.model;

        import static org.sourcebrief.cli.Main.run;

        final class Loader {
          Object server = new org.sourcebrief.serve.DevServer();
        }
        """;
    List<String> found = violations("Loader.java", source);
    assertEquals(2, found.size(), found::toString);
    assertTrue(found.get(0).startsWith("Loader.java:3: import static org.sourcebrief.cli.Main"));
    assertTrue(found.get(1).startsWith("Loader.java:6: Object server = new org.sourcebrief.serve"));
  }

  @Test
  void scannerAcceptsEarlierStagesTheSamePackageCommentsAndStrings() {
    String source =
        """
        package org.sourcebrief.markdown;

        import org.sourcebrief.diag.Diagnostic;
        import org.sourcebrief.markdown.ext.*;
        // Unlike org.sourcebrief.site.SiteBuilder, this never writes files.
        /** See {@link org.sourcebrief.cli.Main}. */
        final class Renderer {
          String name = "org.sourcebrief.serve.DevServer";
          char c = '"';
          String block = \"""
              org.sourcebrief.site \\\""" still text
              \""";
        }
        """;
    assertEquals(List.of(), violations("Renderer.java", source));
  }

  @Test
  void scannerRejectsPackagesOutsideThePipeline() {
    String source =
        """
        package org.sourcebrief.util;

        import org.sourcebrief.diag.Diagnostic;
        """;
    assertEquals(
        List.of(
            "Strings.java:1: package org.sourcebrief.util; (util is not a pipeline"
                + " stage: "
                + String.join(", ", STAGES)
                + ")"),
        violations("Strings.java", source));
  }

  /** The wrong-way references in one source file, each as {@code file:line: code (why)}. */
  static List<String> violations(String file, String source) {
    String[] original = source.split("\n", -1);
    String[] code = withoutCommentsAndStrings(source).split("\n", -1);
    List<String> found = new ArrayList<>();
    int own = -1;
    for (int i = 0; i < code.length; i++) {
      Matcher p = PACKAGE.matcher(code[i]);
      if (own < 0 && p.find()) {
        String stage = stageOf(p.group(1));
        own = STAGES.indexOf(stage);
        if (own < 0)
          found.add(
              where(file, i, original)
                  + " ("
                  + stage
                  + " is not a pipeline stage: "
                  + String.join(", ", STAGES)
                  + ")");
        continue;
      }
      Matcher m = REFERENCE.matcher(code[i]);
      while (own >= 0 && m.find()) {
        int target = STAGES.indexOf(m.group(1));
        if (target > own || target < 0)
          found.add(
              where(file, i, original)
                  + " ("
                  + STAGES.get(own)
                  + " may not depend on "
                  + m.group(1)
                  + why(target)
                  + ")");
      }
    }
    return found;
  }

  private static String why(int target) {
    return target < 0 ? ", which is not a pipeline stage" : ", a later stage";
  }

  private static String stageOf(String packageName) {
    String[] parts = packageName.split("\\.");
    return packageName.startsWith("org.sourcebrief.") ? parts[2] : packageName;
  }

  private static String where(String file, int line, String[] original) {
    return file + ":" + (line + 1) + ": " + original[line].strip();
  }

  /**
   * The source with comments and string, text-block and char literals blanked out, keeping line
   * breaks so line numbers still match.
   */
  static String withoutCommentsAndStrings(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      int end = endOfSkipped(s, i);
      if (end == i) {
        out.append(s.charAt(i++));
        continue;
      }
      for (; i < end; i++) out.append(s.charAt(i) == '\n' ? '\n' : ' ');
    }
    return out.toString();
  }

  /** Where the comment or literal starting at {@code i} ends; {@code i} itself if none starts. */
  private static int endOfSkipped(String s, int i) {
    if (s.startsWith("//", i)) return s.indexOf('\n', i) < 0 ? s.length() : s.indexOf('\n', i);
    if (s.startsWith("/*", i)) return until(s, i + 2, "*/", false);
    if (s.startsWith("\"\"\"", i)) return until(s, i + 3, "\"\"\"", true);
    if (s.charAt(i) == '"') return until(s, i + 1, "\"", true);
    if (s.charAt(i) == '\'') return until(s, i + 1, "'", true);
    return i;
  }

  /** The index just past the first {@code close} from {@code from} on, unescaped in literals. */
  private static int until(String s, int from, String close, boolean escapes) {
    for (int i = from; i < s.length(); i++) {
      if (escapes && s.charAt(i) == '\\') i++;
      else if (s.startsWith(close, i)) return i + close.length();
    }
    return s.length();
  }

  private static List<Path> javaFiles() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT)) {
      return files.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
  }

  private static String display(Path p) {
    return p.toString().replace('\\', '/');
  }
}
