package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.text.PartialDate;

/**
 * Works out every fact in one pass over the facts in dependency order, so a derived fact finds its
 * inputs complete: its value, sources, approximation, date and staleness all follow from theirs. A
 * fact whose formula cannot be worked out, or that rests on such a fact, is left out.
 */
final class CheckedFacts {
  private final Map<String, List<String>> statedSources;
  private final int staleAfterDays;
  private final LocalDate today;
  private final Diagnostics diagnostics;
  private final Map<String, CheckedFact> done = new HashMap<>();

  private CheckedFacts(
      Map<String, List<String>> statedSources, int days, LocalDate today, Diagnostics d) {
    this.statedSources = statedSources;
    this.staleAfterDays = days;
    this.today = today;
    this.diagnostics = d;
  }

  /**
   * The checked facts, in the order of {@code facts} (file order).
   *
   * @param statedSources the existing sources each stated fact names
   */
  static Map<String, CheckedFact> check(
      Map<String, Fact> facts,
      Map<String, List<String>> statedSources,
      int staleAfterDays,
      LocalDate today,
      Diagnostics d) {
    Derivations derivations = new Derivations(facts, d);
    CheckedFacts pass = new CheckedFacts(statedSources, staleAfterDays, today, d);
    for (Fact f : derivations.order()) {
      Optional<CheckedFact> c = f.isDerived() ? pass.derived(f, derivations) : pass.stated(f);
      c.ifPresent(checked -> pass.done.put(f.id(), checked));
    }
    Map<String, CheckedFact> out = new LinkedHashMap<>();
    for (String id : facts.keySet()) if (pass.done.containsKey(id)) out.put(id, pass.done.get(id));
    return Collections.unmodifiableMap(out);
  }

  private Optional<CheckedFact> stated(Fact f) {
    return Optional.of(
        new CheckedFact(
            f,
            f.value(),
            f.approximate(),
            f.referenceDate(),
            statedSources.getOrDefault(f.id(), List.of()),
            List.of(),
            Staleness.isStale(f, staleAfterDays, today)));
  }

  private Optional<CheckedFact> derived(Fact f, Derivations derivations) {
    List<String> ids = derivations.inputs(f.id());
    List<CheckedFact> inputs = ids.stream().map(done::get).toList();
    if (inputs.contains(null)) return Optional.empty(); // an input failed, and was reported
    Map<String, BigDecimal> values = new HashMap<>();
    inputs.forEach(in -> values.put(in.id(), in.value()));
    return FormulaValue.of(f, derivations.formula(f.id()), values, diagnostics)
        .map(
            v ->
                new CheckedFact(
                    f,
                    v,
                    f.approximate() || inputs.stream().anyMatch(CheckedFact::approximate),
                    f.referenceDate() != null ? f.referenceDate() : oldest(inputs),
                    union(inputs),
                    ids,
                    inputs.stream().anyMatch(CheckedFact::stale)));
  }

  /** A derived fact is as old as its oldest input. */
  private static PartialDate oldest(List<CheckedFact> inputs) {
    return inputs.stream()
        .map(CheckedFact::referenceDate)
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .orElse(null);
  }

  private static List<String> union(List<CheckedFact> inputs) {
    Set<String> all = new LinkedHashSet<>();
    inputs.forEach(in -> all.addAll(in.sources()));
    return List.copyOf(all);
  }
}
