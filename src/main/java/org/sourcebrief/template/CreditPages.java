package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import org.sourcebrief.config.Attribution;
import org.sourcebrief.config.Author;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Ref;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.validate.CheckedContent;

/**
 * A page for each author site.yaml lists and each topic (listed in site.yaml or named by a briefing
 * of this language), listing its briefings newest first; and the author and topic links a briefing
 * shows.
 */
final class CreditPages {
  private final CheckedContent content;
  private final PageModels models;
  private final PathPlan paths;
  private final Attribution attribution;
  private final String language;

  CreditPages(CheckedContent content, PageModels models) {
    this.content = content;
    this.models = models;
    this.paths = content.paths();
    this.attribution = content.config().attribution();
    this.language = content.config().language();
  }

  /**
   * The ids of the topics with a page in this language: those its briefings name (a topic listed in
   * site.yaml that no briefing of this language names has no page in it, rather than an empty one;
   * the list gives the names).
   */
  static Set<String> topicIds(CheckedContent c) {
    Set<String> ids = new TreeSet<>();
    for (Narrative n : c.narratives()) n.credit().topics().forEach(t -> ids.add(t.id()));
    return ids;
  }

  /** The ids of the authors with a page in this language: those its narratives credit. */
  static Set<String> authorIds(CheckedContent c) {
    Set<String> ids = new TreeSet<>();
    for (Narrative n : c.narratives()) n.credit().authors().forEach(a -> ids.add(a.id()));
    return ids;
  }

  /** The page folders this language publishes for authors and topics. */
  static List<String> folders(CheckedContent c) {
    List<String> out = new ArrayList<>();
    Set<String> credited = authorIds(c);
    c.config().attribution().authors().stream()
        .filter(a -> credited.contains(a.id()))
        .forEach(a -> out.add(c.paths().author(a.id())));
    topicIds(c).forEach(t -> out.add(c.paths().topic(t)));
    return out;
  }

  /** Every author and topic page, with the share card each names. */
  List<Output> all(ShareCards cards) {
    List<Output> out = new ArrayList<>();
    Set<String> credited = authorIds(content);
    for (Author a : attribution.authors()) {
      if (!credited.contains(a.id())) continue;
      String folder = paths.author(a.id());
      List<Narrative> listed = briefings(byAuthor(a.id()));
      Map<String, Object> m = page(folder, a.name(language), a.role(language), listed);
      m.put(
          "author",
          PageModels.map(
              "name",
              a.name(language),
              "role",
              a.role(language),
              "url",
              a.url() == null ? "" : a.url()));
      cards.titleOnly(folder, a.name(language), a.role(language));
      out.add(output(folder, "author.ftlh", m, listed));
    }
    for (String id : topicIds(content)) {
      String folder = paths.topic(id);
      String name = attribution.topicName(id, language);
      List<Narrative> listed = briefings(byTopic(id));
      Map<String, Object> m =
          page(folder, name, models.words().get("topic.description", name), listed);
      m.put("topic", PageModels.map("name", name));
      cards.titleOnly(folder, name, models.words().get("topic.card"));
      out.add(output(folder, "topic.ftlh", m, listed));
    }
    return out;
  }

  private Map<String, Object> page(
      String folder, String title, String description, List<Narrative> listed) {
    String root = paths.root(folder);
    Map<String, Object> m = models.base(folder, root, title, description);
    m.put("briefings", listed.stream().map(n -> models.narrative(n, root, null)).toList());
    return m;
  }

  /** A page changes when its newest briefing does. */
  private Output output(
      String folder, String template, Map<String, Object> m, List<Narrative> listed) {
    PartialDate newest =
        listed.stream()
            .map(LastModified::of)
            .filter(Objects::nonNull)
            .max(PartialDate::compareTo)
            .orElse(null);
    return new Output(paths.page(folder), folder, template, m, newest);
  }

  /** This language's briefings that pass {@code listed}, newest first, then by title. */
  private List<Narrative> briefings(Predicate<Narrative> listed) {
    return content.narratives().stream()
        .filter(n -> n.kind() == Narrative.Kind.BRIEFING && listed.test(n))
        .sorted(
            java.util.Comparator.comparing(
                    (Narrative n) -> LastModified.of(n),
                    java.util.Comparator.nullsLast(
                        java.util.Comparator.<PartialDate>reverseOrder()))
                .thenComparing(Narrative::title))
        .toList();
  }

  private static Predicate<Narrative> byAuthor(String id) {
    return n -> n.credit().authors().stream().anyMatch(r -> r.id().equals(id));
  }

  private static Predicate<Narrative> byTopic(String id) {
    return n -> n.credit().topics().stream().anyMatch(r -> r.id().equals(id));
  }

  /** A narrative's authors as it shows them: name, role and a link to their page. */
  List<Map<String, Object>> authors(Narrative n, String root) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Ref r : n.credit().authors()) {
      attribution
          .author(r.id())
          .ifPresent(
              a ->
                  out.add(
                      PageModels.map(
                          "name",
                          a.name(language),
                          "role",
                          a.role(language),
                          "href",
                          paths.href(root, paths.author(a.id())))));
    }
    return out;
  }

  /** A narrative's topics as it shows them: name and a link to the topic's page. */
  List<Map<String, Object>> topics(Narrative n, String root) {
    return n.credit().topics().stream()
        .map(Ref::id)
        .distinct()
        .map(
            id ->
                PageModels.map(
                    "name",
                    attribution.topicName(id, language),
                    "href",
                    paths.href(root, paths.topic(id))))
        .toList();
  }
}
