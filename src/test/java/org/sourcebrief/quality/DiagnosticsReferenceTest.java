package org.sourcebrief.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every diagnostic code the generator can emit is documented in docs/diagnostics.md, and the
 * reference documents no code that the generator never emits.
 */
class DiagnosticsReferenceTest {
  private static final Pattern EMITTED =
      Pattern.compile(
          "(?:\\.(?:error|warning|notice)\\(\\s*|new Explanation\\(\\s*|\\breport\\(\\s*"
              + "|requireString\\(\\s*\"[a-z_]+\",\\s*)\"([a-z0-9-]+)\"");
  private static final Pattern DOCUMENTED = Pattern.compile("(?m)^### `([a-z0-9-]+)`\\s*$");

  @Test
  void everyEmittedCodeIsDocumentedAndNothingElse() throws IOException {
    Set<String> emitted = emittedCodes();
    Set<String> documented = matches(DOCUMENTED, Files.readString(Path.of("docs/diagnostics.md")));
    Set<String> undocumented = new TreeSet<>(emitted);
    undocumented.removeAll(documented);
    Set<String> neverEmitted = new TreeSet<>(documented);
    neverEmitted.removeAll(emitted);
    assertEquals(Set.of(), undocumented, "codes emitted but missing from docs/diagnostics.md");
    assertEquals(Set.of(), neverEmitted, "codes documented but never emitted");
  }

  @Test
  void theScannerFindsCodesInEveryForm() {
    String java =
        "d.error(\"one-code\", at, m, h); diagnostics.warning(\n \"two\", a, b, c);"
            + " x.notice(\"three-3\", p, q, r); new Explanation(\"four\", m, h);"
            + " m.requireString(\"title\", \"five\", at, w, h); report(\"six\", t, 1, 2, m);";
    assertEquals(
        Set.of("one-code", "two", "three-3", "four", "five", "six"), matches(EMITTED, java));
    assertTrue(matches(DOCUMENTED, "### `a-b`\n### not-a-code\n## `c`\n").contains("a-b"));
  }

  private static Set<String> emittedCodes() throws IOException {
    Set<String> codes = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        codes.addAll(matches(EMITTED, Files.readString(f)));
      }
    }
    return codes;
  }

  private static Set<String> matches(Pattern p, String text) {
    Set<String> out = new TreeSet<>();
    Matcher m = p.matcher(text);
    while (m.find()) out.add(m.group(1));
    return out;
  }
}
