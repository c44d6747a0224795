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

  /** {@code citedFacts} gives, by slug, the facts each briefing cites. */
  RelatedBriefings(List<Narrative> narratives, Map<String, List<String>> citedFacts) {
    this.briefings = narratives.stream().filter(n -> n.kind() == Narrative.Kind.BRIEFING).toList();
    for (Narrative n : briefings) {
      bySlug.put(n.slug().id(), n);
      facts.put(n.slug().id(), new HashSet<>(citedFacts.getOrDefault(n.slug().id(), List.of())));
    }
  }

  List<Narrative> of(Narrative n) {
    if (n.kind() != Narrative.Kind.BRIEFING) return List.of();
    if (!n.credit().related().isEmpty()) return named(n);
    return briefings.stream()
        .filter(o -> o != n && score(n, o) > 0)
        .sorted(
            Comparator.comparingLong((Narrative o) -> -score(n, o))
                .thenComparing(
                    (Narrative o) -> LastModified.of(o),
                    Comparator.nullsLast(
                        Comparator.<org.sourcebrief.text.PartialDate>reverseOrder()))
                .thenComparing(o -> o.slug().id()))
        .limit(SUGGESTED)
        .toList();
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

  /** Shared topics count far more than shared facts: a topic is a choice an editor made. */
  private long score(Narrative a, Narrative b) {
    Set<String> topics = ids(a.credit().topics());
    topics.retainAll(ids(b.credit().topics()));
    Set<String> shared = new HashSet<>(facts.get(a.slug().id()));
    shared.retainAll(facts.get(b.slug().id()));
    return topics.size() * 1000L + shared.size();
  }

  private static Set<String> ids(List<Ref> refs) {
    Set<String> s = new HashSet<>();
    refs.forEach(r -> s.add(r.id()));
    return s;
  }
}
