package org.sourcebrief.markdown;

import java.util.Locale;
import java.util.Optional;
import org.sourcebrief.diag.DidYouMean;

/**
 * The reference an editor most likely meant by a near miss ({@code {fact:id}}, {@code {{fact id}}},
 * {@code {{facts:id}}}), for a "did you mean" hint that can be copied as it stands.
 */
final class ReferenceSuggestion {
  private ReferenceSuggestion() {}

  /** {@code inner} is what stands between the braces. */
  static Optional<String> of(String inner) {
    String s = inner.strip();
    int end = 0;
    while (end < s.length() && Character.isLetter(s.charAt(end))) end++;
    String word = s.substring(0, end).toLowerCase(Locale.ROOT);
    String rest = s.substring(end).strip();
    rest = rest.startsWith(":") ? rest.substring(1).strip() : rest;
    if (word.isEmpty() || rest.isEmpty()) return Optional.empty();
    String argument = rest;
    return DidYouMean.closest(word, ReferenceParser.KINDS)
        .map(k -> "{{" + k + ":" + argument + "}}");
  }

  /** "did you mean `{{fact:id}}`?", or {@code fallback}. */
  static String hint(String inner, String fallback) {
    return of(inner).map(s -> "did you mean `" + s + "`?").orElse(fallback);
  }
}
