package org.sourcebrief.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlReader;

/**
 * The default theme's English words for tests of stages that run without a theme, read from the
 * bundle itself with the site's own YAML reader, so a test sees exactly what a site shows.
 */
public final class TestWords {
  private static final String BUNDLES = "/org/sourcebrief/theme/words/";

  private TestWords() {}

  public static Words of(Locale locale) {
    return new Words(locale, english());
  }

  /** The default theme's words in {@code language} (a shipped bundle), over the English ones. */
  public static Words of(String language, Locale locale) {
    Map<String, String> words = english();
    words.putAll(bundle(language));
    return new Words(locale, words);
  }

  public static Map<String, String> english() {
    return bundle("en");
  }

  private static Map<String, String> bundle(String language) {
    String name = BUNDLES + language + ".yaml";
    try (InputStream in = TestWords.class.getResourceAsStream(name)) {
      if (in == null) throw new IllegalStateException("the default theme lacks " + name);
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Diagnostics d = new Diagnostics();
      YamlMapping m =
          new YamlReader(d, new SourceTexts()).read(name, text).orElseThrow().mapping("words");
      if (d.hasErrors()) throw new IllegalStateException("unreadable words: " + d.sorted());
      Map<String, String> out = new LinkedHashMap<>();
      for (String key : m.keys()) out.put(key, m.get(key).orElseThrow().scalar());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
