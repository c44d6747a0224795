package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A language without the theme's words is named in itself in the switcher, never "English". */
class WordBundlesOwnNameTest {
  @Test
  void aLanguageWithoutWordsIsNamedFromTheLocaleData() {
    assertEquals("Deutsch", WordBundles.ownName("de"));
    assertEquals("Français", WordBundles.ownName("fr"));
    assertEquals("Türkçe", WordBundles.ownName("tr-TR"));
  }
}
