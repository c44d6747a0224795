package org.sourcebrief.content;

import java.util.List;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/**
 * {@code language} is null for a narrative in the default language, or the code of the language it
 * translates its original into ("fa" for "returns.fa.md"; the original is "returns.md").
 *
 * <p>A Markdown briefing or page with its front matter. {@code image} names the chart and {@code
 * headline} the fact its share card shows. {@code bodyFirstLine} is the file line on which the
 * Markdown body starts, so positions inside the body map back to the file. {@code corrections} are
 * its dated correction notes; {@code credit} its authors, topics and related briefings.
 */
public record Narrative(
    Kind kind,
    String file,
    String title,
    String summary,
    PartialDate date,
    PartialDate updated,
    Ref slug,
    int order,
    boolean draft,
    Ref image,
    Ref headline,
    String body,
    int bodyFirstLine,
    String language,
    List<Correction> corrections,
    Credit credit) {

  public Narrative {
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
    if (credit == null) credit = Credit.NONE;
  }

  /** A dated note, from the front matter's {@code corrections:}, saying what was put right. */
  public record Correction(SourcePosition position, PartialDate date, String text) {}

  /**
   * Who wrote a narrative and where it belongs: author ids from site.yaml, topic ids, and the slugs
   * of related briefings, each with where it was written.
   */
  public record Credit(List<Ref> authors, List<Ref> topics, List<Ref> related) {
    public Credit {
      authors = List.copyOf(authors);
      topics = List.copyOf(topics);
      related = List.copyOf(related);
    }

    public static final Credit NONE = new Credit(List.of(), List.of(), List.of());
  }

  /** A narrative without correction notes or credits. */
  public Narrative(
      Kind kind,
      String file,
      String title,
      String summary,
      PartialDate date,
      PartialDate updated,
      Ref slug,
      int order,
      boolean draft,
      Ref image,
      Ref headline,
      String body,
      int bodyFirstLine,
      String language) {
    this(
        kind,
        file,
        title,
        summary,
        date,
        updated,
        slug,
        order,
        draft,
        image,
        headline,
        body,
        bodyFirstLine,
        language,
        List.of(),
        Credit.NONE);
  }

  /** A narrative in the site's default language. */
  public Narrative(
      Kind kind,
      String file,
      String title,
      String summary,
      PartialDate date,
      PartialDate updated,
      Ref slug,
      int order,
      boolean draft,
      Ref image,
      Ref headline,
      String body,
      int bodyFirstLine) {
    this(
        kind,
        file,
        title,
        summary,
        date,
        updated,
        slug,
        order,
        draft,
        image,
        headline,
        body,
        bodyFirstLine,
        null);
  }

  /** Whether this is the translation of another narrative (named "x.fa.md"). */
  public boolean isTranslation() {
    return language != null;
  }

  /**
   * This translation as published: the slug, order, image, headline, authors, topics and related
   * briefings of its original, and its own correction notes or, when it writes none, its
   * original's.
   */
  public Narrative translating(Narrative original) {
    return new Narrative(
        original.kind,
        file,
        title,
        summary,
        date == null ? original.date : date,
        updated,
        original.slug,
        original.order,
        draft || original.draft,
        original.image,
        original.headline,
        body,
        bodyFirstLine,
        language,
        corrections.isEmpty() ? original.corrections : corrections,
        original.credit);
  }

  public enum Kind {
    BRIEFING,
    PAGE
  }

  public SourcePosition position() {
    return new SourcePosition(file, 1, 1);
  }
}
