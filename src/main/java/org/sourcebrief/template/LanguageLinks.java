package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.validate.CheckedContent;

/**
 * Which pages each language of the site publishes, so that every page links the same page in the
 * other languages (the language switcher and {@code hreflang} links) and the sitemap lists them
 * together. A page is "the same" in two languages when its folder is, less the language prefix. A
 * site in one language links nothing.
 */
final class LanguageLinks {
  /** One language's pages: page folders without the prefix ("", "facts/", "briefings/x/"). */
  record Edition(
      String code, String prefix, String name, String dir, PathPlan paths, Set<String> pages) {}

  private final List<Edition> editions;

  private LanguageLinks(List<Edition> editions) {
    this.editions = List.copyOf(editions);
  }

  static LanguageLinks none() {
    return new LanguageLinks(List.of());
  }

  /** {@code names} are the languages' names in themselves, in the order of {@code contents}. */
  static LanguageLinks of(List<CheckedContent> contents, List<String> names) {
    if (contents.size() < 2) return none();
    List<Edition> out = new ArrayList<>();
    for (int i = 0; i < contents.size(); i++) {
      CheckedContent c = contents.get(i);
      PathPlan paths = c.paths();
      Set<String> pages = new TreeSet<>();
      pages.add(paths.unprefixed(paths.home()));
      for (int page = 1; page <= paths.factPages().count(); page++) {
        pages.add(paths.unprefixed(paths.facts(page)));
      }
      pages.add(paths.unprefixed(paths.sources()));
      c.charts().keySet().forEach(id -> pages.add(paths.unprefixed(paths.figure(id))));
      for (Narrative n : c.narratives()) pages.add(paths.unprefixed(paths.narrative(n)));
      CreditPages.folders(c).forEach(f -> pages.add(paths.unprefixed(f)));
      out.add(
          new Edition(
              c.config().language(),
              paths.prefix(),
              names.get(i),
              c.config().direction(),
              paths,
              pages));
    }
    return new LanguageLinks(out);
  }

  /**
   * The page at {@code folder} (of the language under {@code prefix}) in every language that has
   * it, this one included, in the site's order of languages; empty when no other language has it. A
   * file that is not a page folder (the 404 page) links each language's home page. Each entry has
   * the language's code, name and direction, a link relative to {@code root} (or from the base path
   * when root is absolute), the full address, and whether it is this page.
   */
  List<Map<String, Object>> alternates(String prefix, String folder, String root) {
    String key = folder.startsWith(prefix) ? folder.substring(prefix.length()) : folder;
    if (!key.isEmpty() && !key.endsWith("/")) key = "";
    List<Map<String, Object>> out = new ArrayList<>();
    for (Edition e : editions) {
      if (!e.pages().contains(key)) continue;
      String path = PathPlan.inLanguage(e.prefix(), key);
      out.add(
          PageModels.map(
              "code",
              e.code(),
              "name",
              e.name(),
              "dir",
              e.dir(),
              "href",
              e.paths().href(root, path),
              "url",
              e.paths().absolute(path),
              "current",
              e.prefix().equals(prefix)));
    }
    return out.size() < 2 ? List.of() : out;
  }

  /** A fingerprint of every language's pages, for keeping pages between builds. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder();
    for (Edition e : editions)
      s.append(e.code()).append(' ').append(e.name()).append(' ').append(e.pages()).append('\n');
    return s.toString();
  }
}
