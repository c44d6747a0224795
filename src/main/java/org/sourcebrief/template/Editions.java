package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.sourcebrief.chart.RenderedChart;
import org.sourcebrief.chart.card.ShareCard;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.validate.CheckedContent;

/**
 * Renders the site in each of its languages, the default first at the root and each other under its
 * prefix, every page linked to its translations; then the sitemap of them all.
 */
public final class Editions {
  /** One language of the site: its checked content, its charts and its theme (with its words). */
  public record Edition(CheckedContent content, Map<String, RenderedChart> charts, Theme theme) {}

  private final List<Edition> editions;
  private final Diagnostics diagnostics;
  private final PageMemo memo;
  private final Map<String, ShareCard> cards = new TreeMap<>();

  /** {@code memo}, kept between builds, lets unchanged narrative pages be reused (serve). */
  public Editions(List<Edition> editions, Diagnostics diagnostics, PageMemo memo) {
    this.editions = List.copyOf(editions);
    this.diagnostics = diagnostics;
    this.memo = memo;
  }

  public SortedMap<String, byte[]> render() {
    LanguageLinks languages =
        LanguageLinks.of(
            editions.stream().map(Edition::content).toList(),
            editions.stream().map(e -> e.theme().words().get("language.name")).toList());
    SortedMap<String, byte[]> files = new TreeMap<>();
    List<SiteFiles.Page> pages = new ArrayList<>();
    for (Edition e : editions) {
      SiteRenderer r =
          new SiteRenderer(e.content(), e.charts(), e.theme(), diagnostics, memo, languages);
      files.putAll(r.render());
      cards.putAll(r.shareCards());
      pages.addAll(r.pages());
    }
    Edition first = editions.get(0);
    SiteFiles.sitemap(pages, first.content().paths(), languages, first.theme(), files);
    return files;
  }

  /** The share cards the pages name, by output path, to draw once the build has succeeded. */
  public Map<String, ShareCard> shareCards() {
    return new TreeMap<>(cards);
  }
}
