package org.sourcebrief.config;

import java.util.Map;
import org.sourcebrief.diag.SourcePosition;

/**
 * Someone credited with briefings, from site.yaml's {@code authors:} list: an id briefings name in
 * their {@code authors:}, a name, a role ("Researcher"), an optional web address, and the name and
 * role in other languages ({@code translations}, by language code, each with "name" and "role").
 */
public record Author(
    String id,
    String name,
    String role,
    String url,
    SourcePosition position,
    Map<String, Map<String, String>> translations) {

  public Author {
    translations = Map.copyOf(translations);
  }

  /** The name in {@code language}, or the name as written when no translation gives one. */
  public String name(String language) {
    return translations.getOrDefault(language, Map.of()).getOrDefault("name", name);
  }

  /** The role in {@code language}, or the role as written ("" when there is none). */
  public String role(String language) {
    return translations.getOrDefault(language, Map.of()).getOrDefault("role", role);
  }
}
