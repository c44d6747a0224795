package org.sourcebrief.template;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.sourcebrief.chart.RenderedChart;
import org.sourcebrief.chart.card.ShareCard;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.markdown.MarkdownRenderer;
import org.sourcebrief.markdown.RenderedPage;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Renders every page of the site into memory: narratives, figure pages with their images and CSV,
 * home, the fact and source indexes, the 404 page and the theme's assets. Paths are relative to the
 * output folder, sorted.
 */
public final class SiteRenderer {
  private final CheckedContent content;
  private final Theme theme;
  private final Diagnostics diagnostics;
  private final PageModels models;
  private final PathPlan paths;
  private final SortedMap<String, byte[]> files =
      java.util.Collections.synchronizedSortedMap(new TreeMap<>());

  /** For each fact and source id, the pages that cite it (title and folder). */
  private final Map<String, List<String[]>> citedBy = new TreeMap<>();

  private final List<SiteFiles.Page> pages =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final Map<String, PartialDate> narrativeDates = new TreeMap<>();
  private final LastModified lastModified;

  private final Map<String, RenderedChart> charts;

  private final ShareCards cards;

  private final PageMemo memo;
  private String everyPage;

  /** {@code memo}, kept between builds, lets unchanged narrative pages be reused (serve). */
  public SiteRenderer(
      CheckedContent content,
      Map<String, RenderedChart> charts,
      Theme theme,
      Diagnostics diagnostics,
      PageMemo memo) {
    this.memo = memo;
    this.content = content;
    this.charts = charts;
    this.theme = theme;
    this.diagnostics = diagnostics;
    this.models = new PageModels(content, theme.words(), theme.markup());
    this.paths = content.paths();
    this.lastModified = new LastModified(content);
    this.cards = new ShareCards(content, models);
  }

  /** The share cards the pages name, by output path, to draw once the build has succeeded. */
  public Map<String, ShareCard> shareCards() {
    return cards.pending();
  }

  public SortedMap<String, byte[]> render() {
    MarkdownRenderer markdown =
        new MarkdownRenderer(content, charts, diagnostics, theme.words(), theme.markup());
    // Pages render in parallel; what they cite is gathered afterwards in narrative order, so the
    // indexes come out the same on one core or many.
    List<Narrative> narratives = content.narratives();
    if (memo != null)
      everyPage =
          PageMemo.hash(
              content.config()
                  + "\n"
                  + theme.fingerprint()
                  + "\n"
                  + models.narratives(Narrative.Kind.PAGE, ""));
    List<RenderedPage> rendered =
        narratives.parallelStream().map(n -> narrative(n, markdown)).toList();
    for (int i = 0; i < narratives.size(); i++) record(narratives.get(i), rendered.get(i));
    content.charts().values().parallelStream().forEach(c -> figure(c, markdown));
    // The indexes and data files are independent of one another: made side by side.
    Stream.<Runnable>of(
            this::home,
            this::facts,
            this::sources,
            this::notFound,
            this::dataFiles,
            this::fixedFiles)
        .parallel()
        .forEach(Runnable::run);
    new SiteFiles(content, theme, models).write(pages, files);
    return new TreeMap<>(files);
  }

  private void dataFiles() {
    DataFiles data = new DataFiles(content, models.citations());
    files.put(paths.factsData("csv"), data.csv().getBytes(StandardCharsets.UTF_8));
    files.put(paths.factsData("json"), data.json().getBytes(StandardCharsets.UTF_8));
  }

  /** The theme's assets, .nojekyll, and CNAME when the site has a custom domain. */
  private void fixedFiles() {
    for (String a : theme.assets()) files.put(paths.asset(a), theme.asset(a));
    files.put(".nojekyll", new byte[0]);
    if (content.config().cname() != null) {
      files.put("CNAME", (content.config().cname() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  private RenderedPage narrative(Narrative n, MarkdownRenderer markdown) {
    String folder = paths.narrative(n);
    PageMemo.Entry kept = memo == null ? null : memo.get(n.file());
    if (kept != null && kept.key().equals(memoKey(n, kept.page()))) {
      memo.reused();
      kept.diagnostics().forEach(diagnostics::add);
      files.put(paths.page(folder), kept.html());
      pages.add(new SiteFiles.Page(folder, LastModified.of(n)));
      cards.narrative(folder, n, kept.page().facts());
      return kept.page();
    }
    String root = paths.root(folder);
    Diagnostics own = new Diagnostics();
    RenderedPage page = markdown.render(n, root, own);
    own.sorted().forEach(diagnostics::add);
    Map<String, Object> m = models.base(folder, root, n.title(), n.summary());
    m.put("narrative", models.narrative(n, root, page.html(), page.facts()));
    write(folder, "narrative.ftlh", m, LastModified.of(n));
    cards.narrative(folder, n, page.facts());
    byte[] html = files.get(paths.page(folder));
    if (memo != null && !own.hasErrors() && html != null) {
      memo.put(n.file(), new PageMemo.Entry(memoKey(n, page), page, html, own.sorted()));
    }
    return page;
  }

  /** Everything a narrative page shows, given what it cited when last rendered. */
  private String memoKey(Narrative n, RenderedPage cited) {
    StringBuilder k = new StringBuilder(everyPage).append('\n').append(n).append('\n');
    for (String id : cited.facts()) factKey(id, k);
    for (String id : cited.sources()) sourceKey(id, k);
    for (String id : cited.charts()) {
      RenderedChart r = charts.get(id);
      k.append(content.charts().get(id))
          .append(r == null ? "" : java.util.Arrays.toString(r.size()));
    }
    return PageMemo.hash(k);
  }

  private void factKey(String id, StringBuilder k) {
    CheckedFact f = content.facts().get(id);
    k.append(f);
    if (f == null) return;
    for (String in : f.inputs()) k.append(content.facts().get(in));
    for (String s : f.sources()) sourceKey(s, k);
  }

  private void sourceKey(String id, StringBuilder k) {
    org.sourcebrief.content.Source s = content.sources().get(id);
    k.append(s);
    if (s != null && s.via() != null) k.append(content.sources().get(s.via().id()));
  }

  /** Remembers which page cites what, for the indexes and figure pages. */
  private void record(Narrative n, RenderedPage page) {
    String folder = paths.narrative(n);
    for (String id : page.facts()) cite("fact:" + id, n.title(), folder);
    for (String id : page.sources()) cite("source:" + id, n.title(), folder);
    for (String id : page.charts()) cite("chart:" + id, n.title(), folder);
    narrativeDates.put(folder, LastModified.of(n));
  }

  /** The figure's page, its images and its data as CSV. */
  private void figure(CheckedChart c, MarkdownRenderer markdown) {
    String folder = paths.figure(c.id());
    String root = paths.root(folder);
    RenderedChart r = charts.get(c.id());
    if (r != null) {
      files.put(paths.chartFile(c.id(), "svg"), r.svg());
      files.put(paths.chartFile(c.id(), "png"), r.png());
    }
    String url = paths.absolute(folder);
    files.put(
        paths.chartFile(c.id(), "csv"),
        FigureCsv.csv(c, content, models.citations(), models.words(), url)
            .getBytes(StandardCharsets.UTF_8));
    Map<String, Object> m = models.base(folder, root, c.title(), c.alt());
    m.put(
        "figure",
        models.figure(
            c, markdown.renderFigure(c, root).html(), url, pages("chart:" + c.id(), root)));
    PartialDate used =
        citedBy.getOrDefault("chart:" + c.id(), List.of()).stream()
            .map(p -> narrativeDates.get(p[1]))
            .filter(java.util.Objects::nonNull)
            .max(PartialDate::compareTo)
            .orElse(lastModified.of(c));
    write(folder, "figure.ftlh", m, used);
    cards.chart(folder, c);
  }

  private void cite(String key, String title, String folder) {
    citedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {title, folder});
  }

  private void home() {
    String folder = paths.home();
    String root = paths.root(folder);
    Map<String, Object> m =
        models.base(folder, root, content.config().title(), content.config().description());
    m.put("headlines", models.headlines(root));
    m.put("briefings", models.narratives(Narrative.Kind.BRIEFING, root));
    m.put("pages", models.narratives(Narrative.Kind.PAGE, root));
    write(folder, "home.ftlh", m, lastModified.latest());
    cards.home();
  }

  private void facts() {
    String root = paths.root(paths.facts());
    List<Map<String, Object>> list =
        content.facts().values().parallelStream()
            .map(
                f -> {
                  Map<String, Object> fm = models.fact(f, root);
                  fm.put("pages", pages("fact:" + f.id(), root));
                  return fm;
                })
            .toList();
    Map<String, Object> m =
        models.base(paths.facts(), root, words("facts.title"), words("facts.description"));
    m.put("facts", list);
    write(paths.facts(), "facts.ftlh", m, lastModified.latest());
    cards.titleOnly(paths.facts(), words("facts.title"), words("facts.card"));
  }

  private void sources() {
    String root = paths.root(paths.sources());
    List<Map<String, Object>> list = new ArrayList<>();
    for (Source s : content.sources().values()) {
      Map<String, Object> sm = models.source(s);
      sm.put(
          "facts",
          content.facts().values().stream()
              .filter(f -> f.sources().contains(s.id()))
              .map(f -> PageModels.map("label", f.fact().label(), "href", paths.fact(root, f.id())))
              .toList());
      sm.put("pages", pages("source:" + s.id(), root));
      list.add(sm);
    }
    Map<String, Object> m =
        models.base(paths.sources(), root, words("sources.title"), words("sources.description"));
    m.put("sources", list);
    write(paths.sources(), "sources.ftlh", m, lastModified.latest());
    cards.titleOnly(paths.sources(), words("sources.title"), words("sources.card"));
  }

  private List<Map<String, Object>> pages(String key, String root) {
    return citedBy.getOrDefault(key, List.of()).stream()
        .map(p -> PageModels.map("title", p[0], "href", paths.href(root, p[1])))
        .toList();
  }

  /** Served for any missing address at any depth, so its links start from the base path. */
  private void notFound() {
    String root = paths.basePath();
    Map<String, Object> m =
        models.base(
            paths.notFound(), root, words("not-found.title"), words("not-found.description"));
    theme
        .render("404.ftlh", m)
        .ifPresent(html -> files.put(paths.notFound(), html.getBytes(StandardCharsets.UTF_8)));
  }

  private String words(String key) {
    return models.words().get(key);
  }

  /** Renders a page into its folder's index.html and lists it for the sitemap. */
  private void write(
      String folder, String template, Map<String, Object> model, PartialDate lastmod) {
    theme
        .render(template, model)
        .ifPresent(
            html -> {
              files.put(paths.page(folder), html.getBytes(StandardCharsets.UTF_8));
              pages.add(new SiteFiles.Page(folder, lastmod));
            });
  }
}
