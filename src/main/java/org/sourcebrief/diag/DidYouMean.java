package org.sourcebrief.diag;

import java.util.Collection;
import java.util.Optional;

/** Finds the known name closest to a misspelt one, by edit distance, for "did you mean" hints. */
public final class DidYouMean {
  private DidYouMean() {}

  public static Optional<String> closest(String wrong, Collection<String> known) {
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : known.stream().sorted().toList()) {
      int d =
          distance(
              wrong.toLowerCase(java.util.Locale.ROOT),
              candidate.toLowerCase(java.util.Locale.ROOT));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    int limit = wrong.length() <= 3 ? 1 : wrong.length() <= 6 ? 2 : 3;
    return bestDistance <= limit ? Optional.ofNullable(best) : Optional.empty();
  }

  /** "did you mean `x`?" or the fallback hint when nothing is close. */
  public static String hint(String wrong, Collection<String> known, String fallback) {
    return closest(wrong, known).map(s -> "did you mean `" + s + "`?").orElse(fallback);
  }

  /** Edit distance in which inserting, deleting, replacing or swapping two letters costs one. */
  static int distance(String a, String b) {
    int[] before = new int[b.length() + 1];
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) prev[j] = j;
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        if (i > 1
            && j > 1
            && a.charAt(i - 1) == b.charAt(j - 2)
            && a.charAt(i - 2) == b.charAt(j - 1)) {
          cur[j] = Math.min(cur[j], before[j - 2] + 1); // a swapped pair counts as one edit
        }
      }
      int[] t = before;
      before = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
