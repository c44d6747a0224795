package org.sourcebrief.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartStage;
import org.sourcebrief.chart.card.ShareCard;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Ref;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Chooses what each page's share card shows, so a shared link carries a number and where it comes
 * from: a narrative's `image:` chart or `headline:` fact (else the first fact it cites), a figure's
 * chart, the home page's first headline fact.
 */
final class ShareCards {
  private final CheckedContent content;

  /** Cards to draw once the build is known to succeed, by output path. */
  private final Map<String, ShareCard> pending = new java.util.concurrent.ConcurrentHashMap<>();

  private final PageModels models;
  private final ValueFormatter values;

  ShareCards(CheckedContent content, PageModels models) {
    this.content = content;
    this.models = models;
    this.values = new ValueFormatter(models.words());
  }

  /** Every card asked for, by output path; drawn only when the build succeeds. */
  Map<String, ShareCard> pending() {
    return new java.util.TreeMap<>(pending);
  }

  void narrative(String folder, Narrative n, List<String> citedFacts) {
    pending.put(content.paths().shareCard(folder), forNarrative(n, citedFacts));
  }

  void chart(String folder, CheckedChart c) {
    pending.put(content.paths().shareCard(folder), forChart(c.title(), c));
  }

  void fact(String folder, String title, String factId) {
    pending.put(content.paths().shareCard(folder), forFact(title, factId));
  }

  void titleOnly(String folder, String title, String line) {
    pending.put(content.paths().shareCard(folder), forTitle(title, line));
  }

  private ShareCard forNarrative(Narrative n, List<String> citedFacts) {
    Optional<CheckedChart> chart =
        Optional.ofNullable(n.image()).map(Ref::id).map(content.charts()::get);
    if (chart.isPresent()) return forChart(n.title(), chart.get());
    String fact =
        n.headline() != null ? n.headline().id() : citedFacts.isEmpty() ? null : citedFacts.get(0);
    return forFact(n.title(), fact);
  }

  private ShareCard forChart(String title, CheckedChart c) {
    ChartData data = ChartStage.data(c, content, models.words());
    return ShareCard.ofChart(title, site(), data.sourceLine(), locale(), data);
  }

  /** A card with the fact's value, label and date; title only when there is no such fact. */
  private ShareCard forFact(String title, String factId) {
    CheckedFact c = factId == null ? null : content.facts().get(factId);
    if (c == null) return forTitle(title, models.words().get("card.no-figure"));
    Fact f = c.fact();
    String text = values.format(c.value(), f.unit(), c.approximate());
    return ShareCard.ofFact(
        title,
        site(),
        content.sourceLine(c.sources(), models.credits()),
        locale(),
        new ShareCard.Fact(text, f.label(), models.dateText(c)));
  }

  private ShareCard forTitle(String title, String line) {
    return ShareCard.titleOnly(title, site(), line, locale());
  }

  void home() {
    String first =
        content.config().headlineFacts().isEmpty()
            ? null
            : content.config().headlineFacts().get(0).id();
    fact(content.paths().home(), content.config().title(), first);
  }

  private String site() {
    return content.config().title();
  }

  private java.util.Locale locale() {
    return content.config().locale();
  }
}
