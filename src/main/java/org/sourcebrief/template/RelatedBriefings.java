package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Ref;

/**
 * The briefings each briefing points readers to next: those its {@code related:} names, in that
 * order; otherwise up to three that share the most topics, then the most cited facts, newest first,
 * then by slug, so the choice is the same on every build.
 */
final class RelatedBriefings {
  static final int SUGGESTED = 3;

  private final List<Narrative> briefings;
  private final Map<String, Narrative> bySlug = new HashMap<>();
  private final Map<String, Set<String>> facts = new HashMap<>();
  // Which briefings name each topic and cite each fact: a briefing's candidates are found through
  // these, so a site of thousands of briefings does not compare every pair.
  private final Map<String, List<Narrative>> byTopic = new HashMap<>();
  private final Map<String, List<Narrative>> byFact = new HashMap<>();

  /** {@code citedFacts} gives, by slug, the facts each briefing cites. */
  RelatedBriefings(List<Narrative> narratives, Map<String, List<String>> citedFacts) {
    this.briefings = narratives.stream().filter(n -> n.kind() == Narrative.Kind.BRIEFING).toList();
    for (Narrative n : briefings) {
      bySlug.put(n.slug().id(), n);
      Set<String> cited = new HashSet<>(citedFacts.getOrDefault(n.slug().id(), List.of()));
      facts.put(n.slug().id(), cited);
      for (String t : ids(n.credit().topics()))
        byTopic.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
      for (String f : cited) byFact.computeIfAbsent(f, k -> new ArrayList<>()).add(n);
    }
  }

  List<Narrative> of(Narrative n) {
    if (n.kind() != Narrative.Kind.BRIEFING) return List.of();
    if (!n.credit().related().isEmpty()) return named(n);
    Map<Narrative, Long> score = scores(n);
    return score.keySet().stream()
        .sorted(
            Comparator.comparingLong((Narrative o) -> -score.get(o))
                .thenComparing(
                    (Narrative o) -> LastModified.of(o),
                    Comparator.nullsLast(
                        Comparator.<org.sourcebrief.text.PartialDate>reverseOrder()))
                .thenComparing(o -> o.slug().id()))
        .limit(SUGGESTED)
        .toList();
  }

  /**
   * Every other briefing sharing a topic or a cited fact with {@code n}, with its score: shared
   * topics count far more than shared facts, since a topic is a choice an editor made.
   */
  private Map<Narrative, Long> scores(Narrative n) {
    Map<Narrative, Long> score = new java.util.IdentityHashMap<>();
    for (String t : ids(n.credit().topics())) {
      for (Narrative o : byTopic.getOrDefault(t, List.of()))
        if (o != n) score.merge(o, 1000L, Long::sum);
    }
    for (String f : facts.getOrDefault(n.slug().id(), Set.of())) {
      for (Narrative o : byFact.getOrDefault(f, List.of()))
        if (o != n) score.merge(o, 1L, Long::sum);
    }
    return score;
  }

  /** The briefings named in {@code related:} that this language publishes, in the order given. */
  private List<Narrative> named(Narrative n) {
    List<Narrative> out = new ArrayList<>();
    for (Ref r : n.credit().related()) {
      Narrative o = bySlug.get(r.id());
      if (o != null && o != n && !out.contains(o)) out.add(o);
    }
    return out;
  }

  private static Set<String> ids(List<Ref> refs) {
    Set<String> s = new HashSet<>();
    refs.forEach(r -> s.add(r.id()));
    return s;
  }
}
