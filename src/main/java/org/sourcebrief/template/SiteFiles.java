package org.sourcebrief.template;

import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.ControlCharacters;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedContent;

/**
 * The files around the pages: sitemap.xml, robots.txt, the Atom feed of briefings, and CNAME.
 * Addresses in them are absolute from base_url; dates come from the content.
 */
final class SiteFiles {
  /** A published page: its folder ("briefings/x/") and when its content last changed. */
  record Page(String folder, PartialDate lastmod, String prefix) {}

  private final CheckedContent content;
  private final Theme theme;
  private final PageModels models;

  SiteFiles(CheckedContent content, Theme theme, PageModels models) {
    this.content = content;
    this.theme = theme;
    this.models = models;
  }

  /** This language's Atom feed of briefings. */
  void feed(SortedMap<String, byte[]> files) {
    render(theme, content.paths().feed(), "feed.ftlx", feed(), files);
  }

  /**
   * sitemap.xml and robots.txt for every language's pages: each address with its translations
   * ({@code xhtml:link hreflang}), as search engines read them.
   */
  static void sitemap(
      List<Page> pages,
      PathPlan paths,
      LanguageLinks languages,
      Theme theme,
      SortedMap<String, byte[]> files) {
    List<Map<String, Object>> urls =
        pages.stream()
            .sorted(Comparator.comparing(Page::folder))
            .map(
                p ->
                    PageModels.map(
                        "loc",
                        paths.absolute(p.folder()),
                        "lastmod",
                        p.lastmod() == null ? "" : p.lastmod().toString(),
                        "translations",
                        languages.alternates(p.prefix(), p.folder(), "")))
            .toList();
    render(theme, paths.sitemap(), "sitemap.ftlx", PageModels.map("urls", urls), files);
    files.put(
        paths.robots(),
        ("User-agent: *\nAllow: /\n\nSitemap: " + paths.absolute(paths.sitemap()) + "\n")
            .getBytes(StandardCharsets.UTF_8));
  }

  private Map<String, Object> feed() {
    List<Map<String, Object>> entries =
        java.util.stream.Stream.concat(
                content.narratives().stream()
                    .filter(n -> n.kind() == Narrative.Kind.BRIEFING)
                    .map(this::entry),
                corrections())
            .sorted(
                Comparator.comparing((Map<String, Object> e) -> (String) e.get("updated"))
                    .reversed()
                    .thenComparing(e -> (String) e.get("title")))
            .toList();
    String updated =
        entries.isEmpty()
            ? timestamp(new LastModified(content).latest())
            : (String) entries.get(0).get("updated");
    return PageModels.map(
        "site",
        PageModels.map(
            "title",
            content.config().title(),
            "description",
            content.config().description(),
            "url",
            content.paths().absolute(content.paths().home())),
        "self",
        content.paths().absolute(content.paths().feed()),
        "updated",
        updated,
        "entries",
        entries);
  }

  private Map<String, Object> entry(Narrative n) {
    String url = content.paths().absolute(content.paths().narrative(n));
    return PageModels.map(
        "title",
        n.title(),
        "url",
        url,
        "summary",
        n.summary(),
        "updated",
        timestamp(LastModified.of(n)),
        "published",
        n.date() == null ? "" : timestamp(n.date()));
  }

  /**
   * An entry per correction (of a figure, or a narrative's own note), pointing at it on the
   * Corrections page; updates with newer data are not news enough to be pushed to readers.
   */
  private java.util.stream.Stream<Map<String, Object>> corrections() {
    String page = content.paths().absolute(content.paths().corrections());
    return models.corrections().all().stream()
        .filter(c -> !c.kind().equals("update"))
        .map(
            c ->
                PageModels.map(
                    "title",
                    feedTitle(c),
                    "url",
                    page + "#" + c.anchor(),
                    "summary",
                    c.text(),
                    "updated",
                    timestamp(c.date()),
                    "published",
                    timestamp(c.date())));
  }

  /** "Correction: Households without a tap at home". */
  private String feedTitle(Corrections.Change c) {
    Words words = models.words();
    String what = c.fact() != null ? c.fact().label() : c.narrative().title();
    return words.get("corrections.feed-title", models.corrections().kindText(c.kind()), what);
  }

  /** An RFC 3339 time for Atom: the first moment of the day the date names, in UTC. */
  static String timestamp(PartialDate d) {
    return (d == null ? "1970-01-01" : d.start().toString()) + "T00:00:00Z";
  }

  private static void render(
      Theme theme,
      String path,
      String template,
      Map<String, Object> model,
      SortedMap<String, byte[]> files) {
    // Whatever a template holds, the feed and the sitemap stay well-formed XML.
    theme
        .render(template, model)
        .ifPresent(
            x -> files.put(path, ControlCharacters.xmlSafe(x).getBytes(StandardCharsets.UTF_8)));
  }
}
