package org.sourcebrief.validate;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.paths.FactPages;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.PartialDate;

/**
 * The content after validation: every fact has a value and its sources (for a derived fact, the
 * union of its inputs' sources), every chart point has a value and a source, and the narratives to
 * publish have unique, safe slugs.
 *
 * @param facts every fact that passed its checks, in the order the facts files define them
 * @param uncheckedFacts facts defined in content/facts/ that failed their own checks, which are
 *     reported already: a page naming one draws no second error saying it does not exist
 * @param uncheckedCharts charts defined in content/charts/ that failed their own checks, which are
 *     reported already: a page showing one draws no second error saying it does not exist
 */
public record CheckedContent(
    SiteConfig config,
    Map<String, Source> sources,
    Map<String, CheckedFact> facts,
    Map<String, Fact> uncheckedFacts,
    Map<String, CheckedChart> charts,
    Set<String> uncheckedCharts,
    List<Narrative> narratives) {

  public Optional<CheckedFact> fact(String id) {
    return Optional.ofNullable(facts.get(id));
  }

  /** The reference dates of these facts, distinct and oldest first; undated facts add none. */
  public List<PartialDate> referenceDates(java.util.Collection<String> factIds) {
    return factIds.stream()
        .map(id -> fact(id).map(CheckedFact::referenceDate).orElse(null))
        .filter(java.util.Objects::nonNull)
        .distinct()
        .sorted()
        .toList();
  }

  /** Where every page and file of this site goes. */
  public PathPlan paths() {
    return new PathPlan(config.baseUrl(), config.prefix(), FactPages.of(facts.keySet()));
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  /** The id of every fact defined, checked or not, for "did you mean" hints. */
  public Set<String> factIds() {
    Set<String> ids = new LinkedHashSet<>(facts.keySet());
    ids.addAll(uncheckedFacts.keySet());
    return ids;
  }

  /**
   * A short plain-text credit for a source, the original producer first: "United Nations, via News
   * report, Kabul dateline".
   */
  public String credit(String sourceId, Credits credits) {
    Source s = sources.get(sourceId);
    if (s == null) return sourceId;
    Source via = s.via() == null ? null : sources.get(s.via().id());
    return credits.credit(s.publisher(), via == null || via == s ? null : via.publisher());
  }

  /** "Source: A; B" for a list of source ids, as baked into images. */
  public String sourceLine(List<String> sourceIds, Credits credits) {
    return credits.sourceLine(sourceIds.stream().map(id -> credit(id, credits)).toList());
  }
}
