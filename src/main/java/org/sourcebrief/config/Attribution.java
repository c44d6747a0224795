package org.sourcebrief.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Who publishes and writes the site's briefings, from site.yaml: the {@code organisation} (the
 * publisher of every citation; in other languages from {@code organisations}, by language code),
 * the {@code authors} briefings may credit, and the {@code topics} they may be filed under. An
 * empty topic list means any topic id is accepted.
 */
public record Attribution(
    String organisation,
    Map<String, String> organisations,
    List<Author> authors,
    List<Topic> topics) {

  public Attribution {
    organisations = Map.copyOf(organisations);
    authors = List.copyOf(authors);
    topics = List.copyOf(topics);
  }

  /** No organisation, authors or topics: citations name the site's title as publisher. */
  public static Attribution none() {
    return new Attribution(null, Map.of(), List.of(), List.of());
  }

  /** The organisation's name in {@code language}, or null when site.yaml names none. */
  public String organisation(String language) {
    return organisations.getOrDefault(language, organisation);
  }

  public Optional<Author> author(String id) {
    return authors.stream().filter(a -> a.id().equals(id)).findFirst();
  }

  public Optional<Topic> topic(String id) {
    return topics.stream().filter(t -> t.id().equals(id)).findFirst();
  }

  /** The topic's name in {@code language}: from the list, or made from its id. */
  public String topicName(String id, String language) {
    return topic(id).map(t -> t.name(language)).orElse(Topic.nameOfId(id));
  }
}
