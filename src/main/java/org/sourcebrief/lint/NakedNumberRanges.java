package org.sourcebrief.lint;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Stretches of a text matched by patterns, asked whether one holds a given stretch. Sorted once,
 * each question is a binary search, so a paragraph with many numbers stays linear-ish.
 */
final class NakedNumberRanges {
  static final NakedNumberRanges NONE = new NakedNumberRanges(new int[0], new int[0]);

  private final int[] starts;

  /** {@code maxEnds[i]}: the furthest end among the first {@code i + 1} ranges by start. */
  private final int[] maxEnds;

  private NakedNumberRanges(int[] starts, int[] maxEnds) {
    this.starts = starts;
    this.maxEnds = maxEnds;
  }

  static NakedNumberRanges matches(List<Pattern> patterns, CharSequence text) {
    List<int[]> found = new ArrayList<>();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      while (m.find()) {
        if (m.end() > m.start()) found.add(new int[] {m.start(), m.end()});
      }
    }
    if (found.isEmpty()) return NONE;
    found.sort(Comparator.comparingInt(r -> r[0]));
    int[] starts = new int[found.size()];
    int[] maxEnds = new int[found.size()];
    for (int i = 0; i < starts.length; i++) {
      starts[i] = found.get(i)[0];
      maxEnds[i] = Math.max(found.get(i)[1], i == 0 ? 0 : maxEnds[i - 1]);
    }
    return new NakedNumberRanges(starts, maxEnds);
  }

  /** Whether one range covers all of {@code [start, end)}. */
  boolean contains(int start, int end) {
    int i = Arrays.binarySearch(starts, start);
    if (i < 0) i = -i - 2; // the last range starting before {@code start}
    else while (i + 1 < starts.length && starts[i + 1] == start) i++;
    return i >= 0 && maxEnds[i] >= end;
  }
}
