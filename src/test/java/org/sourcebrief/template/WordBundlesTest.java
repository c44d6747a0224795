package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.sourcebrief.content.ChartType;
import org.sourcebrief.text.Words;

/**
 * The shipped word bundles are complete and lean: every bundle has every key of the English one and
 * no other, every message reads, every key is used by a template or the code, and every key the
 * templates and code ask for exists.
 */
class WordBundlesTest {
  private static final Path WORDS = Path.of("templates", "words");

  /** A key as the templates and code ask for it: t("…"), th("…"), words.get("…"), words("…"). */
  private static final Pattern ASKED =
      Pattern.compile(
          "(?:\\bt|\\bth|words\\.get|words\\(\\)\\.get|\\bwords)\\(\\s*\"([a-z][a-z0-9_.-]*)\"");

  @Test
  void everyShippedBundleHasExactlyTheEnglishKeys() throws IOException {
    Set<String> english = WordBundles.bundled("en").orElseThrow().keySet();
    List<String> problems = new ArrayList<>();
    try (Stream<Path> files = Files.list(WORDS)) {
      for (Path f : files.sorted().toList()) {
        String language = f.getFileName().toString().replace(".yaml", "");
        Set<String> keys = WordBundles.bundled(language).orElseThrow().keySet();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(keys);
        Set<String> extra = new TreeSet<>(keys);
        extra.removeAll(english);
        if (!missing.isEmpty()) problems.add(f + " lacks " + missing);
        if (!extra.isEmpty()) problems.add(f + " has unknown " + extra);
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void everyMessageOfEveryBundleReads() throws IOException {
    for (String language : shipped()) {
      Locale locale = Locale.forLanguageTag(language);
      for (Map.Entry<String, String> e : WordBundles.bundled(language).orElseThrow().entrySet()) {
        assertNull(Words.problem(e.getValue(), locale), language + ": " + e.getKey());
      }
    }
  }

  /** A translation fills in what the English message does: the same placeholders and choices. */
  @Test
  void everyTranslationKeepsThePlaceholdersOfTheEnglish() throws IOException {
    Map<String, String> english = WordBundles.bundled("en").orElseThrow();
    List<String> problems = new ArrayList<>();
    for (String language : shipped()) {
      for (Map.Entry<String, String> e : WordBundles.bundled(language).orElseThrow().entrySet()) {
        String want = english.get(e.getKey());
        if (want != null && !placeholders(want).equals(placeholders(e.getValue()))) {
          problems.add(language + ": " + e.getKey() + " has " + placeholders(e.getValue()));
        }
      }
    }
    assertEquals(List.of(), problems);
  }

  @Test
  void theArabicScriptLanguagesAreShipped() throws IOException {
    assertTrue(shipped().containsAll(List.of("fa", "ps", "ur")), shipped()::toString);
    assertEquals("سرچینې", WordBundles.bundled("ps").orElseThrow().get("notes.heading"));
    assertEquals("مآخذ", WordBundles.bundled("ur").orElseThrow().get("notes.heading"));
  }

  /** "{0,choice,…}" and "{1}" as "0,choice 1": each argument with its kind, sorted. */
  private static Set<String> placeholders(String message) {
    Set<String> out = new TreeSet<>();
    Matcher m = Pattern.compile("\\{(\\d+)(,\\s*\\w+)?").matcher(message);
    while (m.find()) out.add(m.group(1) + (m.group(2) == null ? "" : m.group(2).strip()));
    return out;
  }

  private static List<String> shipped() throws IOException {
    try (Stream<Path> files = Files.list(WORDS)) {
      return files.map(f -> f.getFileName().toString().replace(".yaml", "")).sorted().toList();
    }
  }

  @Test
  void everyKeyIsUsedAndEveryUsedKeyExists() throws IOException {
    Set<String> english = WordBundles.bundled("en").orElseThrow().keySet();
    Set<String> asked = asked();
    // A drafted alt text starts with the word of its chart type, looked up by the type's id.
    for (ChartType t : ChartType.values()) asked.add("chart.alt." + t.id());
    Set<String> unused = new TreeSet<>(english);
    unused.removeAll(asked);
    Set<String> unknown = new TreeSet<>(asked);
    unknown.removeAll(english);
    assertEquals(Set.of(), unused, "words no template or code uses");
    assertEquals(Set.of(), unknown, "words asked for that the bundle lacks");
  }

  @Test
  void theScannerFindsEachWayOfAskingForAWord() {
    Matcher m =
        ASKED.matcher(
            "${t(\"a.b\")} ${th(\"c\", x)} words.get(\"d-e\", 1) models.words().get(\"f\") words(\"g\")");
    List<String> found = new ArrayList<>();
    while (m.find()) found.add(m.group(1));
    assertEquals(List.of("a.b", "c", "d-e", "f", "g"), found);
  }

  private static Set<String> asked() throws IOException {
    Set<String> out = new TreeSet<>();
    for (Path root : List.of(Path.of("templates"), Path.of("src", "main", "java"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String name = f.toString();
          if (!name.endsWith(".java") && !name.contains(".ftl")) continue;
          Matcher m = ASKED.matcher(Files.readString(f));
          // "chart.alt." + id is a family of keys, checked above by its ids.
          while (m.find()) if (!m.group(1).endsWith(".")) out.add(m.group(1));
        }
      }
    }
    return out;
  }
}
