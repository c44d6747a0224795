package org.sourcebrief.text;

import java.text.MessageFormat;
import java.util.Collections;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The words a reader sees around the content, in one language: each a message pattern looked up by
 * key ("notes.heading" → "Sources"). Patterns are {@link MessageFormat} patterns, so a message can
 * hold placeholders ("Back to citation {0} of note {1}") and choices by number
 * ("{0,choice,1#Source| 1<Sources}"), with numbers written in the locale's digits. A single
 * apostrophe is an apostrophe ("site''s" is not needed); only an apostrophe before a brace or
 * another apostrophe quotes.
 *
 * <p>The theme ships the bundles; a site overrides them key by key. Which words exist is decided by
 * the code and templates that use them, so asking for an unknown key is a defect, not a mistake of
 * the editor's.
 */
public final class Words {
  private final Locale locale;
  private final Map<String, String> patterns;

  /**
   * Each message read once per thread, on first use: pages are written on many threads, and a
   * MessageFormat may not be shared between them.
   */
  private final ThreadLocal<Map<String, MessageFormat>> formats =
      ThreadLocal.withInitial(HashMap::new);

  public Words(Locale locale, Map<String, String> patterns) {
    this.locale = locale;
    this.patterns = Collections.unmodifiableMap(new TreeMap<>(patterns));
  }

  public Locale locale() {
    return locale;
  }

  public Set<String> keys() {
    return patterns.keySet();
  }

  /** The message for {@code key} with its placeholders filled in. */
  public String get(String key, Object... arguments) {
    String pattern = patterns.get(key);
    if (pattern == null) throw new IllegalArgumentException("no interface word '" + key + "'");
    if (arguments.length == 0 && pattern.indexOf('{') < 0) return pattern;
    return formats
        .get()
        .computeIfAbsent(key, k -> new MessageFormat(quoted(pattern), locale))
        .format(arguments);
  }

  /**
   * What is wrong with a pattern, in the editor's terms, or null when it is well formed. Used when
   * a bundle is read, so a mistake is reported with its position rather than met while rendering.
   */
  public static String problem(String pattern, Locale locale) {
    try {
      new MessageFormat(quoted(pattern), locale);
      return null;
    } catch (IllegalArgumentException e) {
      return e.getMessage() == null ? "the message cannot be read" : e.getMessage();
    }
  }

  /**
   * The pattern with each lone apostrophe doubled, so "it's" reads as written; an apostrophe before
   * a brace or another apostrophe keeps its quoting meaning.
   */
  static String quoted(String pattern) {
    StringBuilder out = new StringBuilder(pattern.length() + 4);
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      out.append(c);
      if (c != '\'') continue;
      char next = i + 1 < pattern.length() ? pattern.charAt(i + 1) : ' ';
      if (next == '\'') out.append(pattern.charAt(++i));
      else if (next != '{' && next != '}') out.append('\'');
    }
    return out.toString();
  }
}
