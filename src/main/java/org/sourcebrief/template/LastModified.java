package org.sourcebrief.template;

import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * When a page last changed, from content dates only (front matter `updated` or `date`, fact dates),
 * never the build time, so a rebuild of the same content claims no change.
 */
final class LastModified {
  private final CheckedContent content;

  LastModified(CheckedContent content) {
    this.content = content;
  }

  static PartialDate of(Narrative n) {
    return n.updated() != null ? n.updated() : n.date();
  }

  /** The newest date anywhere in the content: for the home page and the indexes. */
  PartialDate latest() {
    Stream<PartialDate> narratives = content.narratives().stream().map(LastModified::of);
    Stream<PartialDate> facts = content.facts().values().stream().map(CheckedFact::referenceDate);
    return max(Stream.concat(narratives, facts)).orElse(null);
  }

  /** A chart changes with its facts. */
  PartialDate of(CheckedChart c) {
    return max(c.facts().stream()
            .map(id -> content.fact(id).map(CheckedFact::referenceDate).orElse(null)))
        .orElse(null);
  }

  private static Optional<PartialDate> max(Stream<PartialDate> dates) {
    return dates.filter(Objects::nonNull).max(PartialDate::compareTo);
  }
}
