package org.sourcebrief.diag;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The text of every content file read in a run, kept so the printer can show the offending line
 * under each diagnostic.
 */
public final class SourceTexts {
  private final Map<String, List<String>> lines = new ConcurrentHashMap<>();

  public void put(String file, String text) {
    lines.put(file, text.lines().toList());
  }

  /** The 1-based line of a file, or null when the file or line is unknown. */
  public String line(String file, int line) {
    List<String> l = lines.get(file);
    return l == null || line < 1 || line > l.size() ? null : l.get(line - 1);
  }
}
