package org.sourcebrief.validate;

import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
import org.sourcebrief.text.Words;

/** Runs the rules over loaded content and returns the checked model. */
public final class Validator {
  private final Diagnostics diagnostics;
  private final Words words;

  /** {@code words} write what the checks draft for readers: a chart's missing alt text. */
  public Validator(Diagnostics diagnostics, Words words) {
    this.diagnostics = diagnostics;
    this.words = words;
  }

  public CheckedContent check(SiteConfig config, Content content, LocalDate today, boolean drafts) {
    Map<String, Source> sources = new TreeMap<>();
    content.sources().forEach(s -> sources.put(s.id(), s));
    Map<String, Fact> facts = UniqueFactIds.index(content.facts(), diagnostics);
    Map<String, CheckedFact> checked =
        CheckedFacts.check(
            facts,
            SourceLinks.check(content.facts(), facts, sources, diagnostics),
            config.staleAfterDays(),
            today,
            diagnostics);
    Staleness.report(checked, config.staleAfterDays(), diagnostics);
    new HistoryRules(sources, diagnostics).check(facts.values());
    checkHeadlines(config.headlineFacts(), facts);
    Map<String, CheckedChart> charts =
        CompleteCharts.keep(
            new ChartRules(facts, checked, sources, words, diagnostics).check(content.charts()),
            diagnostics);
    Set<String> unchecked = new TreeSet<>();
    content.charts().forEach(c -> unchecked.add(c.id()));
    unchecked.removeAll(charts.keySet());
    List<Narrative> narratives =
        NarrativePaths.check(
            // The default language publishes the originals; another, its translations only.
            config.isDefaultLanguage()
                ? content.narratives().stream().filter(n -> !n.isTranslation()).toList()
                : content.narratives(),
            drafts,
            diagnostics);
    if (config.isDefaultLanguage()) {
      new CreditChecks(config.attribution(), diagnostics).check(content.narratives());
    }
    ShareFigures.check(narratives, facts.keySet(), charts.keySet(), unchecked, diagnostics);
    return new CheckedContent(
        config, sources, checked, uncheckedFacts(facts, checked), charts, unchecked, narratives);
  }

  /** Facts that failed their own checks, so that pages naming them draw no second error. */
  private static Map<String, Fact> uncheckedFacts(
      Map<String, Fact> facts, Map<String, CheckedFact> checked) {
    Map<String, Fact> out = new LinkedHashMap<>(facts);
    out.keySet().removeAll(checked.keySet());
    return Collections.unmodifiableMap(out);
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
