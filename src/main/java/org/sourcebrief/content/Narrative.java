package org.sourcebrief.content;

import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/**
 * A Markdown briefing or page with its front matter. {@code image} names the chart and {@code
 * headline} the fact its share card shows. {@code bodyFirstLine} is the file line on which the
 * Markdown body starts, so positions inside the body map back to the file.
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
    int bodyFirstLine) {

  public enum Kind {
    BRIEFING,
    PAGE
  }

  public SourcePosition position() {
    return new SourcePosition(file, 1, 1);
  }
}
