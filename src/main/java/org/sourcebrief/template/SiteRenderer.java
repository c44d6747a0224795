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
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.Severity;
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
  private final Citing citing;
  private final SortedMap<String, byte[]> files =
      java.util.Collections.synchronizedSortedMap(new TreeMap<>());

  private final List<SiteFiles.Page> pages =
      java.util.Collections.synchronizedList(new ArrayList<>());
  private final LastModified lastModified;

  private final Map<String, RenderedChart> charts;

  private final ShareCards cards;

  private final PageMemo memo;
  private final LanguageLinks languages;
  private final CiteBlock cite;
  private final CreditPages credits;
  private String everyPage;

  /** {@code memo}, kept between builds, lets unchanged narrative pages be reused (serve). */
  public SiteRenderer(
      CheckedContent content,
      Map<String, RenderedChart> charts,
      Theme theme,
      Diagnostics diagnostics,
      PageMemo memo) {
    this(content, charts, theme, diagnostics, memo, LanguageLinks.none());
  }

  /**
   * The pages of one language of the site; {@code languages} link each page to its translations.
   * Files every language shares (assets, data, sitemap) are written by the default language only.
   */
  SiteRenderer(
      CheckedContent content,
      Map<String, RenderedChart> charts,
      Theme theme,
      Diagnostics diagnostics,
      PageMemo memo,
      LanguageLinks languages) {
    this.languages = languages;
    this.memo = memo;
    this.content = content;
    this.charts = charts;
    this.theme = theme;
    this.diagnostics = diagnostics;
    this.models = new PageModels(content, theme.words(), theme.markup(), languages);
    this.paths = content.paths();
    this.citing = new Citing(paths);
    this.lastModified = new LastModified(content);
    this.cards = new ShareCards(content, models);
    this.cite = new CiteBlock(content.config(), theme.words(), paths);
    this.credits = new CreditPages(content, models);
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
                  + languages
                  + "\n"
                  + models.narratives(Narrative.Kind.PAGE, ""));
    List<Prepared> rendered = narratives.parallelStream().map(n -> prepare(n, markdown)).toList();
    for (int i = 0; i < narratives.size(); i++)
      citing.record(narratives.get(i), rendered.get(i).page());
    RelatedBriefings related = related(rendered);
    rendered.parallelStream().forEach(p -> narrativePage(p, related.of(p.narrative())));
    // Every other page is an output (file, template, model), written the same way side by side.
    List<Output> outputs = new ArrayList<>();
    content.charts().values().parallelStream()
        .map(c -> List.of(figure(c, markdown), embed(c, markdown)))
        .toList()
        .forEach(outputs::addAll);
    outputs.addAll(new IndexPages(content, models, citing, cards, lastModified).all());
    outputs.addAll(credits.all(cards));
    outputs.parallelStream().forEach(this::write);
    if (content.config().isDefaultLanguage()) {
      Stream.<Runnable>of(this::dataFiles, this::fixedFiles).parallel().forEach(Runnable::run);
    }
    new SiteFiles(content, theme, models).feed(files);
    return new TreeMap<>(files);
  }

  /** The pages this language published, for the sitemap. */
  List<SiteFiles.Page> pages() {
    return List.copyOf(pages);
  }

  /**
   * A CSV file's bytes: UTF-8 with a byte-order mark, which Excel needs to read the file as UTF-8
   * when it is opened with a double click, and which LibreOffice and pandas skip.
   */
  private static byte[] csv(String text) {
    return ("\uFEFF" + text).getBytes(StandardCharsets.UTF_8);
  }

  private void dataFiles() {
    DataFiles data = new DataFiles(content, models.citations(), citing);
    files.put(paths.factsData("csv"), csv(data.csv()));
    files.put(paths.factsData("json"), data.json());
    files.put(paths.historyData(), csv(data.historyCsv()));
    files.put(
        paths.dataPackage("data/"),
        new DataPackages(content, models.citations()).facts().getBytes(StandardCharsets.UTF_8));
  }

  /** The theme's assets, .nojekyll, and CNAME when the site has a custom domain. */
  private void fixedFiles() {
    for (String a : theme.assets()) files.put(paths.asset(a), theme.asset(a));
    files.put(".nojekyll", new byte[0]);
    if (content.config().cname() != null) {
      files.put("CNAME", (content.config().cname() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** A narrative rendered to HTML, or kept from the last build when nothing it shows changed. */
  private record Prepared(
      Narrative narrative, RenderedPage page, PageMemo.Entry kept, List<Diagnostic> own) {}

  private Prepared prepare(Narrative n, MarkdownRenderer markdown) {
    PageMemo.Entry kept = memo == null ? null : memo.get(n.file());
    if (kept != null && kept.key().equals(memoKey(n, kept.page()))) {
      kept.diagnostics().forEach(diagnostics::add);
      return new Prepared(n, kept.page(), kept, kept.diagnostics());
    }
    Diagnostics own = new Diagnostics();
    RenderedPage page = markdown.render(n, paths.root(paths.narrative(n)), own);
    own.sorted().forEach(diagnostics::add);
    return new Prepared(n, page, null, own.sorted());
  }

  private RelatedBriefings related(List<Prepared> rendered) {
    Map<String, List<String>> facts = new java.util.HashMap<>();
    for (Prepared p : rendered) facts.put(p.narrative().slug().id(), p.page().facts());
    return new RelatedBriefings(content.narratives(), facts);
  }

  /** The narrative's page and its citation files; the page is reused when its links are too. */
  private void narrativePage(Prepared p, List<Narrative> related) {
    Narrative n = p.narrative();
    String folder = paths.narrative(n);
    String root = paths.root(folder);
    List<Map<String, Object>> relatedLinks =
        related.stream().map(o -> models.narrative(o, root, null)).toList();
    String relatedKey = String.valueOf(relatedLinks);
    boolean briefing = n.kind() == Narrative.Kind.BRIEFING;
    CitedWork work = briefing ? cite.of(n) : null;
    if (briefing) files.putAll(cite.files(work, folder));
    cards.narrative(folder, n, p.page().facts());
    if (p.kept() != null && p.kept().related().equals(relatedKey)) {
      memo.reused();
      files.put(paths.page(folder), p.kept().html());
      pages.add(new SiteFiles.Page(folder, LastModified.of(n), paths.prefix()));
      return;
    }
    Map<String, Object> m = models.base(folder, root, n.title(), n.summary());
    Map<String, Object> nm = models.renderedNarrative(n, root, p.page());
    nm.put("authors", credits.authors(n, root));
    nm.put("topics", credits.topics(n, root));
    nm.put("related", relatedLinks);
    m.put("narrative", nm);
    if (briefing) m.put("cite", cite.model(work, folder, root));
    write(new Output(paths.page(folder), folder, "narrative.ftlh", m, LastModified.of(n)));
    byte[] html = files.get(paths.page(folder));
    boolean clean = p.own().stream().noneMatch(d -> d.severity() == Severity.ERROR);
    if (memo != null && clean && html != null) {
      memo.put(
          n.file(), new PageMemo.Entry(memoKey(n, p.page()), relatedKey, p.page(), html, p.own()));
    }
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

  /** The figure's page, its images and its data as CSV. */
  private Output figure(CheckedChart c, MarkdownRenderer markdown) {
    String folder = paths.figure(c.id());
    String root = paths.root(folder);
    RenderedChart r = charts.get(c.id());
    if (r != null) {
      files.put(paths.chartFile(c.id(), "svg"), r.svg());
      files.put(paths.narrowChartFile(c.id()), r.narrowSvg());
      files.put(paths.chartFile(c.id(), "png"), r.png());
    }
    String url = paths.absolute(folder);
    files.put(paths.chartFile(c.id(), "csv"), csv(FigureCsv.csv(c, models.words())));
    files.put(
        paths.dataPackage(folder),
        new DataPackages(content, models.citations())
            .figure(c, models.words())
            .getBytes(StandardCharsets.UTF_8));
    Map<String, Object> m = models.base(folder, root, c.title(), c.alt());
    m.put(
        "figure",
        models.figure(
            c, markdown.renderFigure(c, root).html(), url, citing.pages("chart:" + c.id(), root)));
    cards.chart(folder, c);
    PartialDate used = citing.lastShown(c.id(), lastModified.of(c));
    String credited =
        String.join(
            "; ", c.sources().stream().map(id -> content.credit(id, models.credits())).toList());
    CitedWork work = cite.of(c, citing.firstShown(c.id()), used, credited);
    files.putAll(cite.files(work, folder));
    m.put("cite", cite.model(work, folder, root));
    return new Output(paths.page(folder), folder, "figure.ftlh", m, used);
  }

  /** The figure alone, for another site's iframe; not listed in the sitemap. */
  private Output embed(CheckedChart c, MarkdownRenderer markdown) {
    String folder = paths.embed(c.id());
    String root = paths.root(folder);
    Map<String, Object> m = models.base(folder, root, c.title(), c.alt());
    m.put(
        "embed",
        PageModels.map(
            "bodyHtml",
            markdown.renderEmbed(c, root).html(),
            "figureUrl",
            paths.absolute(paths.figure(c.id()))));
    return new Output(paths.page(folder), null, "embed.ftlh", m, null);
  }

  /** Renders an output into its file; a page with a folder is listed in the sitemap. */
  private void write(Output o) {
    theme
        .render(o.template(), o.model().get())
        .ifPresent(
            html -> {
              files.put(o.path(), html.getBytes(StandardCharsets.UTF_8));
              if (o.folder() != null)
                pages.add(new SiteFiles.Page(o.folder(), o.lastmod(), paths.prefix()));
            });
  }
}
