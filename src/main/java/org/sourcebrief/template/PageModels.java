package org.sourcebrief.template;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigRef;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.markdown.Citations;
import org.sourcebrief.markdown.Markup;
import org.sourcebrief.markdown.RenderedPage;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.DateText;
import org.sourcebrief.text.Html;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Builds the data each template receives, as plain maps and lists of text. Values that are HTML
 * (already escaped) end in {@code Html}; templates print them with {@code ?no_esc}.
 */
final class PageModels {
  private final CheckedContent content;
  private final SiteConfig config;
  private final ValueFormatter values;
  private final DateText dates;
  private final Citations citations;
  private final Words words;
  private final Credits credits;
  private final Markup markup;
  private final PathPlan paths;

  /** Briefings and pages by `order`, then title: sorted once, listed on every page. */
  private final Map<Narrative.Kind, List<Narrative>> inOrder =
      new java.util.EnumMap<>(Narrative.Kind.class);

  private final LanguageLinks languages;
  private final Corrections corrections;

  PageModels(CheckedContent content, Words words, Markup markup) {
    this(content, words, markup, LanguageLinks.none());
  }

  /** {@code languages} give each page its translations; none for a site in one language. */
  PageModels(CheckedContent content, Words words, Markup markup, LanguageLinks languages) {
    this.languages = languages;
    this.content = content;
    this.config = content.config();
    this.words = words;
    this.markup = markup;
    this.paths = content.paths();
    this.credits = new Credits(words);
    this.values = new ValueFormatter(words);
    this.dates = new DateText(config.locale());
    this.citations = new Citations(content, words);
    this.corrections = new Corrections(content, citations, words);
    for (Narrative.Kind kind : Narrative.Kind.values()) {
      inOrder.put(
          kind,
          content.narratives().stream()
              .filter(n -> n.kind() == kind)
              .sorted(
                  java.util.Comparator.comparingInt(Narrative::order)
                      .thenComparing(Narrative::title))
              .toList());
    }
  }

  /** What every page has: the site, the page's own head data, and the navigation. */
  Map<String, Object> base(String folder, String root, String title, String description) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(
        "site",
        map(
            "title",
            config.title(),
            "description",
            config.description(),
            "language",
            config.language(),
            "dir",
            config.direction()));
    String card = folder.endsWith("/") || folder.isEmpty() ? folder : "";
    m.put(
        "page",
        map(
            "title",
            title,
            "description",
            description.isBlank() ? config.description() : description,
            "url",
            paths.absolute(folder),
            "root",
            root,
            "home",
            paths.href(root, paths.home()),
            "image",
            paths.absolute(paths.shareCard(card)),
            "imageAlt",
            words.get("page.share-card-alt", title)));
    m.put("links", links(root));
    m.put("nav", nav(root));
    // The switcher on every page; hreflang links only between pages (not on the 404 page).
    List<Map<String, Object>> translations = languages.alternates(paths.prefix(), folder, root);
    boolean page = folder.isEmpty() || folder.endsWith("/");
    m.put("translations", translations);
    m.put("hreflang", page ? translations : List.of());
    // The default language comes first: its address is the x-default one.
    m.put(
        "defaultLanguageUrl",
        page && !translations.isEmpty() ? translations.get(0).get("url") : "");
    return m;
  }

  /** The links every page may make to the site's own indexes, data, stylesheet and feed. */
  private Map<String, Object> links(String root) {
    return map(
        "facts",
        paths.href(root, paths.facts()),
        "sources",
        paths.href(root, paths.sources()),
        "factsCsv",
        paths.href(root, paths.factsData("csv")),
        "factsJson",
        paths.href(root, paths.factsData("json")),
        "stylesheet",
        paths.href(root, paths.asset("style.css")),
        "favicon",
        paths.href(root, paths.asset("favicon.svg")),
        "feed",
        paths.href(root, paths.feed()),
        "corrections",
        paths.href(root, paths.corrections()));
  }

  private List<Map<String, Object>> nav(String root) {
    List<Map<String, Object>> nav = new ArrayList<>();
    nav.add(map("title", words.get("nav.home"), "href", paths.href(root, paths.home())));
    nav.add(map("title", words.get("nav.facts"), "href", paths.href(root, paths.facts())));
    nav.add(map("title", words.get("nav.sources"), "href", paths.href(root, paths.sources())));
    for (Map<String, Object> page : narratives(Narrative.Kind.PAGE, root)) {
      nav.add(map("title", page.get("title"), "href", page.get("href")));
    }
    return nav;
  }

  String folder(Narrative n) {
    return paths.narrative(n);
  }

  List<Map<String, Object>> headlines(String root) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (SiteConfigRef r : config.headlineFacts()) {
      content.fact(r.id()).ifPresent(f -> out.add(fact(f, root)));
    }
    return out;
  }

  List<Map<String, Object>> narratives(Narrative.Kind kind, String root) {
    return inOrder.get(kind).stream().map(n -> narrative(n, root, null)).toList();
  }

  Map<String, Object> narrative(Narrative n, String root, String bodyHtml) {
    return narrative(n, root, bodyHtml, List.of());
  }

  /**
   * A narrative page as rendered: its text and notes apart ({@code textHtml}, {@code notesHtml}) so
   * that the box of corrections can stand between them, and whole ({@code bodyHtml}).
   */
  Map<String, Object> renderedNarrative(Narrative n, String root, RenderedPage page) {
    Map<String, Object> m = narrative(n, root, page.html(), page.facts());
    m.put("textHtml", page.textHtml());
    m.put("notesHtml", page.notesHtml());
    return m;
  }

  /** A narrative page, with how current the figures it cites are ("Data as of 2024"). */
  Map<String, Object> narrative(Narrative n, String root, String bodyHtml, List<String> facts) {
    Map<String, Object> m = narrativeFields(n, root, bodyHtml, facts);
    m.put("corrections", corrections.forNarrative(n, facts, root));
    m.put("textHtml", bodyHtml == null ? "" : bodyHtml);
    m.put("notesHtml", "");
    return m;
  }

  private Map<String, Object> narrativeFields(
      Narrative n, String root, String bodyHtml, List<String> facts) {
    return map(
        "dataAsOf",
        dataAsOf(facts),
        "title",
        n.title(),
        "summary",
        n.summary(),
        "href",
        paths.href(root, folder(n)),
        "date",
        n.date() == null ? "" : n.date().toString(),
        "dateText",
        dates.format(n.date()),
        "updated",
        n.updated() == null ? "" : n.updated().toString(),
        "updatedText",
        dates.format(n.updated()),
        "bodyHtml",
        bodyHtml == null ? "" : bodyHtml);
  }

  /** One fact as the fact index and home page show it. */
  Map<String, Object> fact(CheckedFact c, String root) {
    Fact f = c.fact();
    BigDecimal v = c.value();
    boolean approx = c.approximate();
    Map<String, Object> m =
        map(
            "id",
            f.id(),
            "label",
            f.label(),
            "unit",
            nz(f.unit()),
            "valueHtml",
            v == null
                ? ""
                : markup.value(
                    new Markup.Value(v.toPlainString(), values.format(v, f.unit(), approx))),
            "exact",
            v == null || !approx ? "" : values.number(v),
            "dateText",
            dateText(c),
            "note",
            nz(f.note()),
            "href",
            paths.fact(root, f.id()));
    m.put("derived", f.isDerived());
    m.put("history", corrections.forFact(f.id()));
    m.put("formula", f.isDerived() ? formula(c) : "");
    m.put("sources", c.sources().stream().map(id -> sourceLink(id, root)).toList());
    m.put(
        "creditHtml",
        c.sources().stream()
            .map(id -> citations.credit(content.sources().get(id)))
            .collect(Collectors.joining("; ")));
    return m;
  }

  /**
   * How current the cited figures are: their one date, the year they share, or "November 2023 to
   * 2024" when they span years.
   */
  private String dataAsOf(List<String> facts) {
    return dates.current(content.referenceDates(facts), words);
  }

  private String formula(CheckedFact c) {
    String text = c.fact().derive().text();
    for (String id : c.inputs()) {
      text = text.replaceAll("\\b" + id + "\\b", content.facts().get(id).fact().label());
    }
    return text.replace(" - ", " − ").replace(" * ", " × ").replace(" / ", " ÷ ");
  }

  String dateText(CheckedFact c) {
    Fact f = c.fact();
    if (f.period() != null) {
      return words.get(
          "date.period", dates.format(f.period().from()), dates.format(f.period().to()));
    }
    PartialDate d = c.referenceDate();
    return d == null ? "" : words.get("date.as-of", dates.format(d));
  }

  Map<String, Object> sourceLink(String id, String root) {
    Source s = content.sources().get(id);
    return map("id", id, "href", paths.source(root, id), "creditHtml", citations.credit(s));
  }

  /** One source as the source index shows it. */
  Map<String, Object> source(Source s) {
    Map<String, Object> m =
        map("id", s.id(), "citationHtml", citations.html(s), "note", nz(s.note()));
    return m;
  }

  PathPlan paths() {
    return paths;
  }

  Words words() {
    return words;
  }

  Credits credits() {
    return credits;
  }

  Citations citations() {
    return citations;
  }

  Corrections corrections() {
    return corrections;
  }

  /** A figure's own page: the figure, how to embed it, and where it is used. */
  Map<String, Object> figure(
      CheckedChart c, String bodyHtml, String url, List<Map<String, Object>> pages) {
    String credited =
        String.join("; ", c.sources().stream().map(id -> content.credit(id, credits)).toList());
    Map<String, Object> m =
        map(
            "id",
            c.id(),
            "title",
            c.title(),
            "alt",
            c.alt(),
            "intro",
            intro(c, credited),
            "bodyHtml",
            bodyHtml,
            "embedCode",
            embedCode(c),
            "embedUrl",
            paths.absolute(paths.embed(c.id())),
            "embedHref",
            paths.href(paths.root(paths.figure(c.id())), paths.embed(c.id())),
            "note",
            c.note() == null ? "" : c.note());
    m.put("pages", pages);
    return m;
  }

  /**
   * What a figure shows, in words, to open its page: "Bar chart of Registered refugees, Other legal
   * status and Neither, as of 2024, from United Nations." A chart of several series names them; a
   * long run of categories (months, say) is given by its first and last.
   */
  private String intro(CheckedChart c, String credited) {
    String kind = words.get("chart.alt." + c.type().id());
    List<String> shown =
        c.series().size() > 1
            ? c.series().stream().map(CheckedChart.Series::name).toList()
            : c.categories();
    String what =
        shown.size() > 6
            ? words.get("date.span", shown.get(0), shown.get(shown.size() - 1))
            : listed(shown);
    String when = dataAsOf(c.facts());
    return when.isEmpty()
        ? words.get("figure.intro", kind, what, credited)
        : words.get("figure.intro-dated", kind, what, words.get("date.as-of", when), credited);
  }

  /**
   * The code another site pastes to show the figure: an iframe as wide as its column, tall enough
   * for the chart, its title and its sources on a wide screen or a phone.
   */
  private String embedCode(CheckedChart c) {
    return "<iframe src=\""
        + Html.escape(paths.absolute(paths.embed(c.id())))
        + "\" title=\""
        + Html.escape(c.title())
        + "\" width=\"100%\" height=\"640\" style=\"border:0\" loading=\"lazy\"></iframe>";
  }

  /** "A", "A and B", "A, B and C", with the bundle's word for "and". */
  private String listed(List<String> items) {
    if (items.size() <= 1) return items.isEmpty() ? "" : items.get(0);
    return words.get(
        "list.and",
        String.join(", ", items.subList(0, items.size() - 1)),
        items.get(items.size() - 1));
  }

  static Map<String, Object> map(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) m.put((String) kv[i], kv[i + 1]);
    return m;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
