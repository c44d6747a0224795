package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.paths.FactPages;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.validate.CheckedContent;

/**
 * The pages made from the whole site rather than from one narrative or chart: home, the fact index,
 * the source index and the page for a missing address, each as an {@link Output}, with the share
 * card it names.
 */
final class IndexPages {
  private final CheckedContent content;
  private final PageModels models;
  private final Citing citing;
  private final ShareCards cards;
  private final LastModified lastModified;
  private final PathPlan paths;

  IndexPages(
      CheckedContent content,
      PageModels models,
      Citing citing,
      ShareCards cards,
      LastModified lastModified) {
    this.content = content;
    this.models = models;
    this.citing = citing;
    this.cards = cards;
    this.lastModified = lastModified;
    this.paths = content.paths();
  }

  List<Output> all() {
    List<Output> out = new ArrayList<>();
    out.add(home());
    out.addAll(facts());
    out.addAll(List.of(sources(), corrections(), notFound()));
    return out;
  }

  private Output home() {
    String folder = paths.home();
    String root = paths.root(folder);
    Map<String, Object> m =
        models.base(folder, root, content.config().title(), content.config().description());
    m.put("headlines", models.headlines(root));
    m.put("briefings", models.narratives(Narrative.Kind.BRIEFING, root));
    m.put("pages", models.narratives(Narrative.Kind.PAGE, root));
    cards.home();
    return page(folder, "home.ftlh", m);
  }

  /** The fact index, {@link FactPages#PER_PAGE} facts to a page, each page linking the others. */
  private List<Output> facts() {
    FactPages pages = paths.factPages();
    List<String> ids = List.copyOf(content.facts().keySet());
    List<Output> out = new ArrayList<>();
    for (int page = 1; page <= pages.count(); page++) {
      String folder = paths.facts(page);
      String root = paths.root(folder);
      int number = page;
      String title =
          pages.count() == 1
              ? words("facts.title")
              : models.words().get("facts.page-title", words("facts.title"), page, pages.count());
      // One card for every page of the index: equal cards are drawn once (the cache holds them).
      cards.titleOnly(folder, words("facts.title"), words("facts.card"));
      // Each page's model is made as it is rendered: a page holds a few hundred facts' models.
      out.add(
          new Output(
              paths.page(folder),
              folder,
              "facts.ftlh",
              () -> {
                List<Map<String, Object>> list =
                    pages.on(number, ids).stream()
                        .map(
                            id -> {
                              Map<String, Object> fm = models.fact(content.facts().get(id), root);
                              fm.put("pages", citing.pages("fact:" + id, root));
                              return fm;
                            })
                        .toList();
                Map<String, Object> m =
                    models.base(folder, root, title, words("facts.description"));
                m.put("facts", list);
                m.put("pagination", pagination(pages.count(), number, root));
                return m;
              },
              lastModified.latest()));
    }
    return out;
  }

  /** Pages linked on either side of the current one; the rest are shown as a gap. */
  private static final int NEAR = 3;

  /**
   * Links to the first and the last page of the fact index, those near the current one, the
   * previous and the next one; an empty map for an index of one page. Page numbers are written in
   * the locale's digits.
   */
  private Map<String, Object> pagination(int count, int current, String root) {
    if (count == 1) return Map.of();
    List<Map<String, Object>> links = new ArrayList<>();
    int last = 0;
    for (int page = 1; page <= count; page++) {
      // The first and the last page, and those near this one; a gap stands for the others.
      if (page != 1 && page != count && Math.abs(page - current) > NEAR) continue;
      if (page > last + 1) links.add(PageModels.map("gap", true));
      links.add(
          PageModels.map(
              "number",
              models.words().get("facts.page-number", page),
              "href",
              paths.href(root, paths.facts(page)),
              "current",
              page == current,
              "gap",
              false));
      last = page;
    }
    return PageModels.map(
        "pages",
        links,
        "previous",
        current > 1 ? paths.href(root, paths.facts(current - 1)) : "",
        "next",
        current < count ? paths.href(root, paths.facts(current + 1)) : "");
  }

  private Output sources() {
    String folder = paths.sources();
    String root = paths.root(folder);
    List<Map<String, Object>> list = new ArrayList<>();
    for (Source s : content.sources().values()) {
      Map<String, Object> sm = models.source(s);
      sm.put(
          "facts",
          content.facts().values().stream()
              .filter(f -> f.sources().contains(s.id()))
              .map(f -> PageModels.map("label", f.fact().label(), "href", paths.fact(root, f.id())))
              .toList());
      sm.put("pages", citing.pages("source:" + s.id(), root));
      list.add(sm);
    }
    Map<String, Object> m =
        models.base(folder, root, words("sources.title"), words("sources.description"));
    m.put("sources", list);
    cards.titleOnly(folder, words("sources.title"), words("sources.card"));
    return page(folder, "sources.ftlh", m);
  }

  /** Every correction and update, newest first; the page exists when there are none, too. */
  private Output corrections() {
    String folder = paths.corrections();
    String root = paths.root(folder);
    Map<String, Object> m =
        models.base(folder, root, words("corrections.title"), words("corrections.description"));
    m.put("changes", models.corrections().page(root));
    cards.titleOnly(folder, words("corrections.title"), words("corrections.card"));
    return page(folder, "corrections.ftlh", m);
  }

  /** Served for any missing address at any depth, so its links start from the base path. */
  private Output notFound() {
    Map<String, Object> m =
        models.base(
            paths.notFound(),
            paths.basePath(),
            words("not-found.title"),
            words("not-found.description"));
    return new Output(paths.notFound(), null, "404.ftlh", m, null);
  }

  private Output page(String folder, String template, Map<String, Object> model) {
    return new Output(paths.page(folder), folder, template, model, lastModified.latest());
  }

  private String words(String key) {
    return models.words().get(key);
  }
}
