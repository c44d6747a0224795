package org.sourcebrief.content;

import java.util.List;
import java.util.Optional;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/**
 * Where a figure or statement comes from: a publication, briefing, dataset or statement. {@code
 * urlPosition} and {@code archiveUrlPosition} are where the two addresses are written (the source's
 * own position when unknown), so a check of the links can point at them.
 */
public record Source(
    String id,
    SourcePosition position,
    String publisher,
    String title,
    PartialDate date,
    String url,
    PartialDate accessed,
    Ref via,
    String archiveUrl,
    String note,
    List<Translation> translations,
    SourcePosition urlPosition,
    SourcePosition archiveUrlPosition) {

  /** A source whose addresses are placed at the source itself. */
  public Source(
      String id,
      SourcePosition position,
      String publisher,
      String title,
      PartialDate date,
      String url,
      PartialDate accessed,
      Ref via,
      String archiveUrl,
      String note,
      List<Translation> translations) {
    this(
        id,
        position,
        publisher,
        title,
        date,
        url,
        accessed,
        via,
        archiveUrl,
        note,
        translations,
        position,
        position);
  }

  public Optional<Ref> viaRef() {
    return Optional.ofNullable(via);
  }
}
