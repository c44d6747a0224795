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
  private static final String BUNDLE = "/org/sourcebrief/theme/words/en.yaml";

  private TestWords() {}

  public static Words of(Locale locale) {
    return new Words(locale, english());
  }

  public static Map<String, String> english() {
    try (InputStream in = TestWords.class.getResourceAsStream(BUNDLE)) {
      if (in == null) throw new IllegalStateException("the default theme's words are missing");
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      Diagnostics d = new Diagnostics();
      YamlMapping m =
          new YamlReader(d, new SourceTexts()).read(BUNDLE, text).orElseThrow().mapping("words");
      if (d.hasErrors()) throw new IllegalStateException("unreadable words: " + d.sorted());
      Map<String, String> out = new LinkedHashMap<>();
      for (String key : m.keys()) out.put(key, m.get(key).orElseThrow().scalar());
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
