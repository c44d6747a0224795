package org.sourcebrief.content;

import java.util.List;
import java.util.Optional;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/** Where a figure or statement comes from: a publication, briefing, dataset or statement. */
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
    List<Translation> translations) {

  public Optional<Ref> viaRef() {
    return Optional.ofNullable(via);
  }
}
