package org.sourcebrief.config;

import java.util.Map;
import org.sourcebrief.diag.SourcePosition;

/**
 * A topic from site.yaml's {@code topics:} list: the id briefings name in their {@code topics:}
 * ("legal-status"), its display name, and the name in other languages ({@code names}, by language
 * code).
 */
public record Topic(String id, String name, SourcePosition position, Map<String, String> names) {

  public Topic {
    names = Map.copyOf(names);
  }

  /** The name in {@code language}, or the name as written when no translation gives one. */
  public String name(String language) {
    return names.getOrDefault(language, name);
  }

  /**
   * A topic no list names: its id with hyphens as spaces and a capital first letter ("legal-status"
   * → "Legal status").
   */
  public static String nameOfId(String id) {
    String s = id.replace('-', ' ');
    return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + s.substring(1);
  }
}
