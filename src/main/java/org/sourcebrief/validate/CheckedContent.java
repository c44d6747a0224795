package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.PartialDate;

/**
 * The content after validation: every fact has a value and its sources (for a derived fact, the
 * union of its inputs' sources), every chart point has a value and a source, and the narratives to
 * publish have unique, safe slugs.
 *
 * @param uncheckedCharts charts defined in content/charts/ that failed their own checks, which are
 *     reported already: a page showing one draws no second error saying it does not exist
 */
public record CheckedContent(
    SiteConfig config,
    Map<String, Source> sources,
    Map<String, Fact> facts,
    Map<String, BigDecimal> values,
    Map<String, List<String>> factSources,
    Map<String, List<String>> derivedInputs,
    Set<String> approximate,
    Map<String, PartialDate> referenceDates,
    Map<String, CheckedChart> charts,
    Set<String> uncheckedCharts,
    List<Narrative> narratives) {

  public Optional<Fact> fact(String id) {
    return Optional.ofNullable(facts.get(id));
  }

  public Optional<Source> source(String id) {
    return Optional.ofNullable(sources.get(id));
  }

  public boolean isApproximate(String factId) {
    return approximate.contains(factId);
  }

  public List<String> sourcesOf(String factId) {
    return factSources.getOrDefault(factId, List.of());
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
