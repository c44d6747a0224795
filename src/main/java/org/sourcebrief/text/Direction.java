package org.sourcebrief.text;

import java.util.Locale;
import java.util.Set;

/**
 * Which way a language's text runs. Dari, Pashto, Urdu, Arabic, Hebrew and the other languages
 * written in a right-to-left script run right to left; every other language left to right.
 */
public final class Direction {

  // Language subtags only: a region or script subtag does not change the direction here.
  private static final Set<String> RTL =
      Set.of("ar", "fa", "ps", "ur", "he", "iw", "dv", "ckb", "sd", "ug", "yi", "prs");

  private Direction() {}

  /** True for a locale whose language is written right to left ("fa-AF", "ps", "ur-PK"…). */
  public static boolean isRightToLeft(Locale locale) {
    return locale != null && isRightToLeft(locale.getLanguage());
  }

  /** True for a BCP 47 tag or bare language subtag written right to left ("fa-AF", "ur"…). */
  public static boolean isRightToLeft(String languageTag) {
    if (languageTag == null || languageTag.isBlank()) {
      return false;
    }
    String language = languageTag.strip().split("[-_]", 2)[0].toLowerCase(Locale.ROOT);
    return RTL.contains(language);
  }
}
