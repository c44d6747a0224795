package org.sourcebrief.template;

import java.util.List;
import org.sourcebrief.text.PartialDate;

/**
 * What a citation of one page says, in whichever format it is written: a briefing (an article) or a
 * figure (a dataset), its title, the people or organisation who made it ({@code authors}, empty
 * when the organisation did), the publisher, when it was published and last updated (either may be
 * null), its address, its language and topics; for a figure, its data as CSV and who produced the
 * data ({@code dataCredit}, "" for a briefing).
 */
record CitedWork(
    Kind kind,
    String key,
    String title,
    String description,
    List<Person> authors,
    String publisher,
    String site,
    PartialDate published,
    PartialDate updated,
    String url,
    String language,
    List<String> keywords,
    String dataUrl,
    String dataCredit) {

  enum Kind {
    ARTICLE,
    DATASET
  }

  /** An author by name, with their web address or null. */
  record Person(String name, String url) {}

  CitedWork {
    authors = List.copyOf(authors);
    keywords = List.copyOf(keywords);
  }

  /** The names the citation credits: the authors, or the organisation when none is named. */
  List<String> creators() {
    return authors.isEmpty() ? List.of(publisher) : authors.stream().map(Person::name).toList();
  }

  /** The same citation at another address. */
  CitedWork withUrl(String other) {
    return new CitedWork(
        kind,
        key,
        title,
        description,
        authors,
        publisher,
        site,
        published,
        updated,
        other,
        language,
        keywords,
        dataUrl,
        dataCredit);
  }

  /** The date to cite first: when it was published, else when it was last updated. */
  PartialDate date() {
    return published != null ? published : updated;
  }

  /**
   * What the files add in their note field, in English as reference managers expect: "Updated
   * 2025-01-10" when the page changed after it was published, and "Data: …" for a figure.
   */
  static String note(CitedWork w) {
    List<String> parts = new java.util.ArrayList<>();
    if (w.updated() != null && !w.updated().equals(w.published())) {
      parts.add("Updated " + w.updated());
    }
    if (!w.dataCredit().isEmpty()) parts.add("Data: " + w.dataCredit());
    return String.join(". ", parts);
  }
}
