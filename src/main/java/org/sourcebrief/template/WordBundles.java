package org.sourcebrief.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.diag.Utf8Text;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.text.Words;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;
import org.sourcebrief.yaml.YamlReader;

/**
 * Reads the interface words of a site's language: the default theme's English bundle, then the
 * theme's bundle for the language if it ships one, then the site's own {@code
 * templates/words/<language>.yaml}, each overriding the one before key by key. A word the site
 * writes that the theme does not know, or a message that cannot be read, is reported with its
 * position.
 */
final class WordBundles {
  static final String FALLBACK = "en";

  /** The key of a language's name in itself, as the language switcher shows it. */
  static final String NAME = "language.name";

  private final Diagnostics diagnostics;
  private final SourceTexts texts;
  private final ProjectFiles files;

  WordBundles(Diagnostics diagnostics, SourceTexts texts, ProjectFiles files) {
    this.diagnostics = diagnostics;
    this.texts = texts;
    this.files = files;
  }

  /**
   * A language's name in itself from the locale data ("Deutsch" for de), for a language the theme
   * has no words for, so that the switcher never calls it "English". A site's own words file may
   * still name it.
   */
  static String ownName(String language) {
    Locale l = Locale.forLanguageTag(language);
    String name = l.getDisplayLanguage(l);
    if (name.isEmpty() || name.equals(l.getLanguage())) return language;
    return name.substring(0, 1).toUpperCase(l) + name.substring(1);
  }

  /**
   * The words for {@code language}; {@code siteDir} is the site's templates folder (may be null or
   * missing), shown to the user as {@code display}.
   */
  Words load(String language, Locale locale, Path siteDir, String display) {
    Map<String, String> words = new LinkedHashMap<>();
    Map<String, String> english = bundled(FALLBACK).orElseThrow();
    words.putAll(english);
    // "fa-AF" takes the theme's "fa" words unless the theme has words for "fa-AF" itself.
    String primary =
        language.contains("-") ? language.substring(0, language.indexOf('-')) : language;
    Optional<Map<String, String>> theme =
        FALLBACK.equals(primary)
            ? Optional.of(english)
            : bundled(language).or(() -> bundled(primary));
    theme.ifPresent(words::putAll);
    if (theme.isEmpty()) words.put(NAME, ownName(language));
    String file = "words/" + language + ".yaml";
    Path own = siteDir == null ? null : siteDir.resolve(file);
    boolean hasOwn = own != null && Files.exists(own, LinkOption.NOFOLLOW_LINKS);
    if (hasOwn) overrides(own, display + "/" + file, english.keySet(), locale, words);
    if (theme.isEmpty() && !hasOwn) {
      diagnostics.warning(
          "words-missing-language",
          SourcePosition.ofFile(display + "/" + file),
          "there are no interface words for language '" + language + "'; English words are used",
          "copy the default theme's words/en.yaml (see docs/theme-guide.md) to "
              + display
              + "/"
              + file
              + " and translate each message");
    }
    return new Words(locale, words);
  }

  /** Reads a site's bundle into {@code words}, keeping only keys the theme knows. */
  private void overrides(
      Path own,
      String display,
      java.util.Set<String> known,
      Locale locale,
      Map<String, String> words) {
    if (!files.mayRead(own, display)) return;
    String text;
    try {
      text = Utf8Text.decode(display, Files.readAllBytes(own), diagnostics);
    } catch (IOException e) {
      diagnostics.error(
          "words-unreadable",
          SourcePosition.ofFile(display),
          "the words file cannot be read: " + e.getMessage(),
          "check the file's permissions");
      return;
    }
    Optional<YamlNode> root = new YamlReader(diagnostics, texts).read(display, text);
    YamlMapping m = root.map(r -> r.mapping("a words file")).orElse(null);
    if (m == null) return;
    for (String key : m.keys()) {
      if (!known.contains(key)) {
        diagnostics.warning(
            "unknown-word",
            m.keyPosition(key),
            "the theme has no word '" + key + "', so this message is never shown",
            DidYouMean.hint(
                key, known, "the words are listed in the default theme's words/en.yaml"));
        continue;
      }
      YamlNode value = m.get(key).orElse(null);
      if (value == null || !value.isScalar()) {
        diagnostics.error(
            "words-bad-message",
            value == null ? m.keyPosition(key) : value.position(),
            "word '" + key + "' must be a piece of text",
            "write it in quotes on the same line: " + key + ": \"…\"");
        continue;
      }
      String problem = Words.problem(value.scalar(), locale);
      if (problem != null) {
        diagnostics.error(
            "words-bad-message",
            value.position(),
            "the message of '" + key + "' cannot be read: " + problem,
            "placeholders are {0}, {1} …; to show a brace, put it in apostrophes: '{'");
        continue;
      }
      words.put(key, value.scalar());
    }
  }

  /** A bundle of the default theme, read as plain key–message pairs. */
  static Optional<Map<String, String>> bundled(String language) {
    String resource = Theme.DEFAULT_THEME + "/words/" + language + ".yaml";
    try (InputStream in = WordBundles.class.getResourceAsStream(resource)) {
      if (in == null) return Optional.empty();
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Diagnostics own = new Diagnostics();
      YamlNode root = new YamlReader(own, new SourceTexts()).read(resource, text).orElseThrow();
      YamlMapping m = root.mapping("a words file");
      Map<String, String> out = new LinkedHashMap<>();
      for (String key : new TreeSet<>(m.keys())) out.put(key, m.get(key).orElseThrow().scalar());
      if (own.hasErrors())
        throw new IllegalStateException("default words unreadable: " + own.sorted());
      return Optional.of(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
