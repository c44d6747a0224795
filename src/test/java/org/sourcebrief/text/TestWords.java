package org.sourcebrief.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The default theme's English words for tests of stages that run without a theme: read from the
 * bundle itself (key: "message" lines), so a test sees exactly what a site shows.
 */
public final class TestWords {
  private TestWords() {}

  public static Words of(Locale locale) {
    return new Words(locale, english());
  }

  public static Map<String, String> english() {
    try (InputStream in =
        TestWords.class.getResourceAsStream("/org/sourcebrief/theme/words/en.yaml")) {
      if (in == null) throw new IllegalStateException("the default theme's words are missing");
      Map<String, String> out = new LinkedHashMap<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
        int colon = line.indexOf(": \"");
        if (line.startsWith("#") || colon < 0) continue;
        out.put(line.substring(0, colon), line.substring(colon + 3, line.length() - 1));
      }
      return out;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
