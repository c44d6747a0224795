package org.sourcebrief.content;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A translated narrative is named after its original with the language before the extension:
 * "returns.fa.md" translates "returns.md" into Dari, "returns.pt-BR.md" into Brazilian Portuguese.
 */
final class TranslatedName {
  private static final Pattern NAME =
      Pattern.compile("(.+)\\.([A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*)");

  private TranslatedName() {}

  /** The language of a file name without ".md" ("returns.fa" → "fa"), or null for an original. */
  static String language(String name) {
    Matcher m = NAME.matcher(name);
    return m.matches() ? m.group(2) : null;
  }

  /** The name of the original ("returns.fa" → "returns"). */
  static String original(String name) {
    Matcher m = NAME.matcher(name);
    return m.matches() ? m.group(1) : name;
  }
}
