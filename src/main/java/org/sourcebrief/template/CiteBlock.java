package org.sourcebrief.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcebrief.config.Attribution;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Ref;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.DateText;
import org.sourcebrief.text.Html;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;

/**
 * How a briefing or a figure is cited: the "Cite this" block a reader copies, the files a reference
 * manager imports (BibTeX, RIS, CSL-JSON, written next to the page), and what the page's head tells
 * Google Scholar and Zotero (citation meta tags and schema.org JSON-LD).
 */
final class CiteBlock {
  private final SiteConfig config;
  private final Words words;
  private final PathPlan paths;
  private final DateText dates;

  CiteBlock(SiteConfig config, Words words, PathPlan paths) {
    this.config = config;
    this.words = words;
    this.paths = paths;
    this.dates = new DateText(config.locale());
  }

  /** A briefing or page, credited to its authors (or the organisation). */
  CitedWork of(Narrative n) {
    Attribution a = config.attribution();
    List<CitedWork.Person> authors = new ArrayList<>();
    for (Ref r : n.credit().authors()) {
      a.author(r.id())
          .ifPresent(p -> authors.add(new CitedWork.Person(p.name(language()), p.url())));
    }
    List<String> topics =
        n.credit().topics().stream().map(t -> a.topicName(t.id(), language())).toList();
    return work(CitedWork.Kind.ARTICLE, n.slug().id(), n.title(), n.summary(), authors)
        .withDates(n.date(), n.updated(), paths.absolute(paths.narrative(n)), topics, null, "");
  }

  /**
   * A figure, first shown on {@code published} and last changed on {@code updated}, with the data
   * credited to {@code dataCredit} ("United Nations, via …").
   */
  CitedWork of(CheckedChart c, PartialDate published, PartialDate updated, String dataCredit) {
    return work(CitedWork.Kind.DATASET, "figure-" + c.id(), c.title(), c.alt(), List.of())
        .withDates(
            published,
            updated,
            paths.absolute(paths.figure(c.id())),
            List.of(),
            paths.absolute(paths.chartFile(c.id(), "csv")),
            dataCredit);
  }

  private Draft work(
      CitedWork.Kind kind,
      String id,
      String title,
      String description,
      List<CitedWork.Person> authors) {
    String key = config.isDefaultLanguage() ? id : id + "-" + language();
    return new Draft(kind, key, title, description, authors);
  }

  /** The first half of a citation, until its dates and address are known. */
  private final class Draft {
    private final CitedWork.Kind kind;
    private final String key;
    private final String title;
    private final String description;
    private final List<CitedWork.Person> authors;

    Draft(
        CitedWork.Kind kind,
        String key,
        String title,
        String description,
        List<CitedWork.Person> authors) {
      this.kind = kind;
      this.key = key;
      this.title = title;
      this.description = description;
      this.authors = authors;
    }

    CitedWork withDates(
        PartialDate published,
        PartialDate updated,
        String url,
        List<String> keywords,
        String dataUrl,
        String dataCredit) {
      return new CitedWork(
          kind,
          key,
          title,
          description == null ? "" : description,
          authors,
          config.organisation(),
          config.title(),
          published,
          updated,
          url,
          language(),
          keywords,
          dataUrl,
          dataCredit);
    }
  }

  /** The block the template shows: the citation as text and links to the three files. */
  Map<String, Object> model(CitedWork w, String folder, String root) {
    return PageModels.map(
        "textHtml",
        html(w),
        "bib",
        paths.href(root, paths.citation(folder, "bib")),
        "ris",
        paths.href(root, paths.citation(folder, "ris")),
        "csl",
        paths.href(root, paths.citation(folder, "json")),
        "meta",
        meta(w),
        "jsonLd",
        CitationJson.jsonLd(w));
  }

  /**
   * "Afghan returns briefing team. “Returns since November 2023”. Published 15 November 2024.
   * https://… (accessed …)."
   */
  String text(CitedWork w) {
    String line = line(w);
    return w.dataCredit().isEmpty() ? line : line + " " + words.get("cite.data", w.dataCredit());
  }

  /**
   * The citation as HTML: its address isolated in {@code <bdi>}, so that in a right-to-left
   * language the address keeps its slashes where they belong.
   */
  String html(CitedWork w) {
    String mark = "\uE000";
    String text = text(w.withUrl(mark));
    return Html.escape(text).replace(mark, "<bdi>" + Html.escape(w.url()) + "</bdi>");
  }

  private String line(CitedWork w) {
    String creators = list(w.creators());
    String when = when(w);
    boolean byOrganisation = w.authors().isEmpty();
    if (byOrganisation) {
      return words.get("cite.line", creators, w.title(), when, w.url(), words.get("cite.accessed"));
    }
    return words.get(
        "cite.line-by",
        creators,
        w.title(),
        w.publisher(),
        when,
        w.url(),
        words.get("cite.accessed"));
  }

  private String when(CitedWork w) {
    if (w.published() == null) {
      return w.updated() == null
          ? words.get("cite.undated")
          : words.get("cite.updated", dates.format(w.updated()));
    }
    if (w.updated() == null || w.updated().equals(w.published())) {
      return words.get("cite.published", dates.format(w.published()));
    }
    return words.get(
        "cite.published-updated", dates.format(w.published()), dates.format(w.updated()));
  }

  private String list(List<String> items) {
    if (items.size() == 1) return items.get(0);
    return words.get(
        "list.and",
        String.join(", ", items.subList(0, items.size() - 1)),
        items.get(items.size() - 1));
  }

  /** The meta tags Google Scholar and Zotero read, in a fixed order. */
  List<Map<String, Object>> meta(CitedWork w) {
    List<Map<String, Object>> m = new ArrayList<>();
    tag(m, "citation_title", w.title());
    for (String name : w.creators()) tag(m, "citation_author", name);
    if (w.date() != null) tag(m, "citation_publication_date", slashed(w.date()));
    if (w.updated() != null) tag(m, "citation_online_date", slashed(w.updated()));
    tag(m, "citation_publisher", w.publisher());
    tag(m, "citation_public_url", w.url());
    tag(m, "citation_language", w.language());
    for (String k : w.keywords()) tag(m, "citation_keywords", k);
    return m;
  }

  private static void tag(List<Map<String, Object>> m, String name, String content) {
    m.add(PageModels.map("name", name, "content", content));
  }

  /** "2024/11/15", "2024/11" or "2024": the form Google Scholar asks for. */
  private static String slashed(PartialDate d) {
    return d.toString().replace('-', '/');
  }

  /** The three files of a citation, by path, next to the page at {@code folder}. */
  Map<String, byte[]> files(CitedWork w, String folder) {
    return Map.of(
        paths.citation(folder, "bib"), utf8(BibTex.entry(w)),
        paths.citation(folder, "ris"), utf8(Ris.record(w)),
        paths.citation(folder, "json"), utf8(CitationJson.csl(w)));
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private String language() {
    return config.language();
  }
}
