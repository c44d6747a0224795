package org.sourcebrief.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps the pipeline's arrows pointing one way (STYLE.md). {@link #ALLOWED} lists, for every
 * package from the top of the pipeline (cli) to the bottom (diag), the packages it may use; each
 * row names only packages below it, so no arrow can point up, and a downward skip is allowed only
 * where the table says so. Every reference to {@code org.sourcebrief.<package>} in code counts,
 * whether an import, a static import or a fully qualified name; comments and string literals do
 * not. A sub-package such as {@code chart.svg} is a row of its own.
 *
 * <p>The table is also kept exact: an arrow that nothing uses any more fails too, so that a
 * permission left behind cannot let a new skip in unseen. Whoever removes the last use of an arrow
 * removes it from the table (and from the list in README.md).
 */
class PackageDependencyTest {
  /** Each package with the packages it may use, top to bottom. */
  static final Map<String, List<String>> ALLOWED = new LinkedHashMap<>();

  static {
    allow("cli", "serve", "links", "site", "content", "config", "files", "diag");
    allow("serve", "site", "text", "diag");
    // The link check reads only the sources; it is a stage of `check`, never of a build.
    allow("links", "content", "diag");
    allow(
        "site",
        "template",
        "chart.card",
        "chart",
        "validate",
        "content",
        "config",
        "files",
        "text",
        "diag");
    allow(
        "template",
        "markdown",
        "chart.card",
        "chart",
        "validate",
        "paths",
        "content",
        "config",
        "yaml",
        "files",
        "text",
        "diag");
    allow("markdown", "lint", "chart", "validate", "paths", "content", "config", "text", "diag");
    allow("lint", "diag");
    // A share card draws a chart into itself, so the cards build on plotting, not the reverse.
    allow("chart.card", "chart", "diag");
    allow("chart", "chart.svg", "validate", "content", "text", "diag");
    allow("chart.svg");
    allow("validate", "paths", "content", "config", "yaml", "text", "diag");
    allow("paths", "content", "config");
    allow("content", "config", "yaml", "files", "text", "diag");
    allow("config", "yaml", "files", "text", "diag");
    allow("yaml", "text", "diag");
    allow("files", "diag");
    allow("text", "diag");
    allow("diag");
  }

  private static void allow(String from, String... to) {
    ALLOWED.put(from, List.of(to));
  }

  private static final Path MAIN = Path.of("src", "main", "java");
  private static final Path ROOT = MAIN.resolve(Path.of("org", "sourcebrief"));
  private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;");
  // The package part of a name: the lower-case segments before the first class (or the *).
  private static final Pattern REFERENCE =
      Pattern.compile("\\borg\\.sourcebrief\\.([a-z][a-z0-9_]*(?:\\.[a-z][a-z0-9_]*)*)");

  /** One use of another package: where it is and which arrow it needs. */
  record Use(String where, String from, String to) {}

  @Test
  void everyArrowIsInTheTable() throws IOException {
    List<String> violations = new ArrayList<>();
    for (Path file : javaFiles()) {
      violations.addAll(violations(display(file), Files.readString(file, StandardCharsets.UTF_8)));
    }
    assertEquals(
        List.of(),
        violations,
        () ->
            violations.size()
                + " references the table of allowed arrows lacks:\n"
                + String.join("\n", violations)
                + "\n"
                + table());
  }

  @Test
  void everyArrowInTheTableIsUsed() throws IOException {
    Set<String> used = new TreeSet<>();
    for (Path file : javaFiles()) {
      for (Use u : uses(display(file), Files.readString(file, StandardCharsets.UTF_8))) {
        used.add(u.from() + " → " + u.to());
      }
    }
    List<String> unused = arrows().stream().filter(a -> !used.contains(a)).toList();
    assertEquals(
        List.of(),
        unused,
        () ->
            "arrows in the table that no code uses; remove them from ALLOWED and README.md:\n"
                + String.join("\n", unused));
  }

  @Test
  void theTablePointsOnlyDown() {
    List<String> rows = List.copyOf(ALLOWED.keySet());
    List<String> upward = new ArrayList<>();
    ALLOWED.forEach(
        (from, targets) -> {
          for (String to : targets) {
            if (rows.indexOf(to) <= rows.indexOf(from)) upward.add(from + " → " + to);
          }
        });
    assertEquals(List.of(), upward, "arrows that do not point to a later row of the table");
  }

  @Test
  void readmeShowsTheTable() throws IOException {
    Pattern row = Pattern.compile("^\\| `([\\w.]+)` \\| (.*) \\|$");
    Map<String, List<String>> readme = new LinkedHashMap<>();
    for (String line : Files.readAllLines(Path.of("README.md"), StandardCharsets.UTF_8)) {
      Matcher m = row.matcher(line);
      if (!m.matches()) continue;
      String to = m.group(2).replace("`", "");
      readme.put(m.group(1), to.equals("nothing") ? List.of() : List.of(to.split(", ")));
    }
    assertEquals(table(ALLOWED), table(readme), "README.md, For maintainers, lists another table");
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
                + " (template → site is not in the table: site is above template)"),
        violations("template/Page.java", source));
  }

  @Test
  void scannerCatchesASkipTheTableLacks() {
    String source =
        """
        package org.sourcebrief.serve;

        import org.sourcebrief.site.SiteBuilder;
        import org.sourcebrief.template.PageMemo;
        import org.sourcebrief.chart.svg.SvgWriter;
        """;
    assertEquals(
        List.of(
            "Rebuilder.java:4: import org.sourcebrief.template.PageMemo;"
                + " (serve → template is not in the table)",
            "Rebuilder.java:5: import org.sourcebrief.chart.svg.SvgWriter;"
                + " (serve → chart.svg is not in the table)"),
        violations("Rebuilder.java", source));
  }

  @Test
  void scannerTellsASubPackageFromItsParent() {
    String source =
        """
        package org.sourcebrief.chart;

        import org.sourcebrief.chart.svg.SvgCanvas.Mark;
        import org.sourcebrief.chart.card.ShareCard;
        """;
    assertEquals(
        List.of(
            "ChartFrame.java:4: import org.sourcebrief.chart.card.ShareCard;"
                + " (chart → chart.card is not in the table: chart.card is above chart)"),
        violations("ChartFrame.java", source));
  }

  @Test
  void scannerCatchesStaticImportsAndQualifiedNames() {
    String source =
        """
        package org.sourcebrief.content;

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
  void scannerAcceptsAllowedArrowsTheSamePackageCommentsAndStrings() {
    String source =
        """
        package org.sourcebrief.markdown;

        import org.sourcebrief.diag.Diagnostic;
        import org.sourcebrief.lint.*;
        import org.sourcebrief.markdown.ChartBlock;
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
  void scannerRejectsPackagesOutsideTheTable() {
    String source =
        """
        package org.sourcebrief.util;

        import org.sourcebrief.diag.Diagnostic;
        """;
    assertEquals(
        List.of(
            "Strings.java:1: package org.sourcebrief.util; (util is not a row of the table: "
                + String.join(", ", ALLOWED.keySet())
                + ")"),
        violations("Strings.java", source));
  }

  @Test
  void scannerRejectsReferencesToPackagesOutsideTheTable() {
    String source =
        """
        package org.sourcebrief.site;

        import org.sourcebrief.util.Strings;
        """;
    assertEquals(
        List.of(
            "Pages.java:3: import org.sourcebrief.util.Strings;"
                + " (site → util is not in the table: util is not a row of it)"),
        violations("Pages.java", source));
  }

  /** The references in one source file the table lacks, each as {@code file:line: code (why)}. */
  static List<String> violations(String file, String source) {
    List<String> found = new ArrayList<>();
    for (Use u : uses(file, source)) {
      if (u.to() == null) found.add(u.where() + " (" + u.from() + notARow());
      else if (!ALLOWED.getOrDefault(u.from(), List.of()).contains(u.to()))
        found.add(
            u.where() + " (" + u.from() + " → " + u.to() + " is not in the table" + why(u) + ")");
    }
    return found;
  }

  /**
   * Every reference to another package in one source file; a file whose own package is not a row of
   * the table gives one use with a null {@code to}.
   */
  static List<Use> uses(String file, String source) {
    String[] original = source.split("\n", -1);
    String[] code = withoutCommentsAndStrings(source).split("\n", -1);
    List<Use> found = new ArrayList<>();
    String own = null;
    for (int i = 0; i < code.length; i++) {
      Matcher p = PACKAGE.matcher(code[i]);
      if (own == null && p.find()) {
        own = packageOf(p.group(1));
        if (!ALLOWED.containsKey(own)) {
          found.add(new Use(where(file, i, original), own, null));
          return found;
        }
        continue;
      }
      Matcher m = REFERENCE.matcher(code[i]);
      while (own != null && m.find()) {
        if (!m.group(1).equals(own)) found.add(new Use(where(file, i, original), own, m.group(1)));
      }
    }
    return found;
  }

  private static String notARow() {
    return " is not a row of the table: " + String.join(", ", ALLOWED.keySet()) + ")";
  }

  private static String why(Use u) {
    List<String> rows = List.copyOf(ALLOWED.keySet());
    if (!rows.contains(u.to())) return ": " + u.to() + " is not a row of it";
    if (rows.indexOf(u.to()) < rows.indexOf(u.from()))
      return ": " + u.to() + " is above " + u.from();
    return "";
  }

  private static List<String> arrows() {
    List<String> arrows = new ArrayList<>();
    ALLOWED.forEach((from, targets) -> targets.forEach(to -> arrows.add(from + " → " + to)));
    return arrows;
  }

  private static String table() {
    return "allowed arrows, top to bottom:" + table(ALLOWED);
  }

  private static String table(Map<String, List<String>> rows) {
    StringBuilder t = new StringBuilder();
    rows.forEach((from, to) -> t.append("\n  ").append(from).append(" → ").append(to));
    return t.toString();
  }

  private static String packageOf(String packageName) {
    String prefix = "org.sourcebrief.";
    return packageName.startsWith(prefix) ? packageName.substring(prefix.length()) : packageName;
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
