package org.sourcebrief.diag;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * How many findings of one kind (severity and code) in one file are shown: the first {@link
 * #PER_FILE_AND_CODE}, then only a count, so a file with thousands of findings reads in a screen,
 * in the terminal and in the preview alike. Feed it the diagnostics in order.
 */
public final class FindingLimit {
  public static final int PER_FILE_AND_CODE = 20;

  /** For each file (null for none), in order of first finding: each kind and how many there are. */
  private final Map<String, SortedMap<String, Integer>> counts = new LinkedHashMap<>();

  /** Counts {@code d} and says whether it is among the first of its kind in its file. */
  public boolean shows(Diagnostic d) {
    String file = d.position() == null ? null : d.position().file();
    return counts.computeIfAbsent(file, f -> new TreeMap<>()).merge(kind(d), 1, Integer::sum)
        <= PER_FILE_AND_CODE;
  }

  /** Of the findings counted so far in {@code file}, how many of each kind were not shown. */
  public SortedMap<String, Integer> hidden(String file) {
    SortedMap<String, Integer> out = new TreeMap<>();
    counts
        .getOrDefault(file, new TreeMap<>())
        .forEach(
            (kind, n) -> {
              if (n > PER_FILE_AND_CODE) out.put(kind, n - PER_FILE_AND_CODE);
            });
    return out;
  }

  /** Every file counted so far, in order of its first finding (null for findings of no file). */
  public Iterable<String> files() {
    return counts.keySet();
  }

  /** "warning[naked-number]". */
  public static String kind(Diagnostic d) {
    return d.severity().label() + "[" + d.code() + "]";
  }
}
