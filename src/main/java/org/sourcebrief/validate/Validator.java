package org.sourcebrief.validate;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigRef;
import org.sourcebrief.content.Content;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.text.PartialDate;

/** Runs the rules over loaded content and returns the checked model. */
public final class Validator {
  private final Diagnostics diagnostics;

  public Validator(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public CheckedContent check(SiteConfig config, Content content, LocalDate today, boolean drafts) {
    Map<String, Source> sources = new TreeMap<>();
    content.sources().forEach(s -> sources.put(s.id(), s));
    Map<String, Fact> facts = UniqueFactIds.index(content.facts(), diagnostics);
    Derivations d =
        new Derivations(
            facts, SourceLinks.check(content.facts(), facts, sources, diagnostics), diagnostics);
    d.run();
    Map<String, PartialDate> dates = referenceDates(facts, d.inputs);
    Staleness.check(facts, d.inputs, dates, config.staleAfterDays(), today, diagnostics);
    checkHeadlines(config.headlineFacts(), facts);
    Map<String, CheckedChart> charts =
        CompleteCharts.keep(
            new ChartRules(facts, d.values, d.sources, sources, config.locale(), diagnostics)
                .check(content.charts()),
            diagnostics);
    Set<String> unchecked = new TreeSet<>();
    content.charts().forEach(c -> unchecked.add(c.id()));
    unchecked.removeAll(charts.keySet());
    List<Narrative> narratives = NarrativePaths.check(content.narratives(), drafts, diagnostics);
    ShareFigures.check(narratives, facts.keySet(), charts.keySet(), unchecked, diagnostics);
    return new CheckedContent(
        config,
        sources,
        facts,
        d.values,
        d.sources,
        d.inputs,
        d.approximate,
        dates,
        charts,
        unchecked,
        narratives);
  }

  /** A derived fact is as old as its oldest input. */
  private static Map<String, PartialDate> referenceDates(
      Map<String, Fact> facts, Map<String, List<String>> inputs) {
    Map<String, PartialDate> out = new HashMap<>();
    facts.values().stream()
        .filter(f -> f.referenceDate() != null)
        .forEach(f -> out.put(f.id(), f.referenceDate()));
    for (Fact f : facts.values())
      if (f.isDerived()) derivedDate(f.id(), facts, inputs, out, new java.util.HashSet<>());
    return out;
  }

  /** The oldest date among a derived fact's inputs, derived inputs first, in any file order. */
  private static PartialDate derivedDate(
      String id,
      Map<String, Fact> facts,
      Map<String, List<String>> inputs,
      Map<String, PartialDate> out,
      java.util.Set<String> seen) {
    if (out.containsKey(id) || !seen.add(id) || !facts.containsKey(id)) return out.get(id);
    inputs.getOrDefault(id, List.of()).stream()
        .map(
            in ->
                facts.containsKey(in) && facts.get(in).isDerived()
                    ? derivedDate(in, facts, inputs, out, seen)
                    : out.get(in))
        .filter(Objects::nonNull)
        .min(Comparator.naturalOrder())
        .ifPresent(d -> out.put(id, d));
    return out.get(id);
  }

  private void checkHeadlines(List<SiteConfigRef> ids, Map<String, Fact> facts) {
    for (SiteConfigRef r : ids) {
      if (!facts.containsKey(r.id())) {
        diagnostics.error(
            "unknown-fact",
            r.position(),
            "headline fact '" + r.id() + "' does not exist",
            DidYouMean.hint(r.id(), facts.keySet(), "define it in content/facts/, or fix the id"));
      }
    }
  }
}
