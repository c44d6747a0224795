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
import org.sourcebrief.validate.CheckedContent;

/**
 * The files around the pages: sitemap.xml, robots.txt, the Atom feed of briefings, and CNAME.
 * Addresses in them are absolute from base_url; dates come from the content.
 */
final class SiteFiles {
  /** A published page: its folder ("briefings/x/") and when its content last changed. */
  record Page(String folder, PartialDate lastmod) {}

  private final CheckedContent content;
  private final Theme theme;
  private final PageModels models;

  SiteFiles(CheckedContent content, Theme theme, PageModels models) {
    this.content = content;
    this.theme = theme;
    this.models = models;
  }

  void write(List<Page> pages, SortedMap<String, byte[]> files) {
    PathPlan paths = content.paths();
    List<Map<String, Object>> urls =
        pages.stream()
            .sorted(Comparator.comparing(Page::folder))
            .map(
                p ->
                    PageModels.map(
                        "loc",
                        paths.absolute(p.folder()),
                        "lastmod",
                        p.lastmod() == null ? "" : p.lastmod().toString()))
            .toList();
    render(paths.sitemap(), "sitemap.ftlx", PageModels.map("urls", urls), files);
    files.put(
        paths.robots(),
        ("User-agent: *\nAllow: /\n\nSitemap: " + paths.absolute(paths.sitemap()) + "\n")
            .getBytes(StandardCharsets.UTF_8));
    render(paths.feed(), "feed.ftlx", feed(), files);
  }

  private Map<String, Object> feed() {
    List<Map<String, Object>> entries =
        content.narratives().stream()
            .filter(n -> n.kind() == Narrative.Kind.BRIEFING)
            .sorted(
                Comparator.comparing((Narrative n) -> timestamp(LastModified.of(n)))
                    .reversed()
                    .thenComparing(Narrative::title))
            .map(this::entry)
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

  /** An RFC 3339 time for Atom: the first moment of the day the date names, in UTC. */
  static String timestamp(PartialDate d) {
    return (d == null ? "1970-01-01" : d.start().toString()) + "T00:00:00Z";
  }

  private void render(
      String path, String template, Map<String, Object> model, SortedMap<String, byte[]> files) {
    // Whatever a template holds, the feed and the sitemap stay well-formed XML.
    theme
        .render(template, model)
        .ifPresent(
            x -> files.put(path, ControlCharacters.xmlSafe(x).getBytes(StandardCharsets.UTF_8)));
  }
}
