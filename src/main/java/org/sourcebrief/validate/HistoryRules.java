package org.sourcebrief.validate;

import java.util.Collection;
import java.util.Map;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.text.PartialDate;

/**
 * The rules a fact's history follows: entries oldest first, a reason for every correction, no
 * earlier value dated after the current one, only known sources, and no history on a derived fact
 * (its value follows its inputs, whose own history says what changed).
 */
final class HistoryRules {
  private final Map<String, Source> sources;
  private final Diagnostics diagnostics;

  HistoryRules(Map<String, Source> sources, Diagnostics diagnostics) {
    this.sources = sources;
    this.diagnostics = diagnostics;
  }

  void check(Collection<Fact> facts) {
    for (Fact f : facts) {
      if (f.history().isEmpty()) continue;
      if (f.isDerived()) {
        diagnostics.error(
            "history-on-derived",
            f.history().get(0).position(),
            "derived fact '" + f.id() + "' has a history",
            "record the change on the fact whose value changed; a derived fact shows its inputs'"
                + " history");
        continue;
      }
      PartialDate previous = null;
      for (HistoryEntry e : f.history()) {
        entry(f, e, previous);
        previous = e.date();
      }
    }
  }

  private void entry(Fact f, HistoryEntry e, PartialDate previous) {
    if (previous != null && e.date().compareTo(previous) < 0) {
      diagnostics.error(
          "history-out-of-order",
          e.position(),
          "this history entry of fact '"
              + f.id()
              + "' is dated "
              + e.date()
              + ", before the entry above it ("
              + previous
              + ")",
          "list the changes oldest first, adding each new one at the end");
    }
    if (e.kind() == HistoryEntry.Kind.CORRECTION && e.reason() == null) {
      diagnostics.error(
          "history-missing-reason",
          e.position(),
          "the correction of fact '" + f.id() + "' dated " + e.date() + " gives no reason",
          "add `reason:` with a sentence saying what was wrong, e.g. \"The earlier figure counted"
              + " some returns twice.\"");
    }
    PartialDate current = f.referenceDate();
    PartialDate earlier = e.previousDate();
    if (current != null && earlier != null && earlier.start().isAfter(current.end())) {
      diagnostics.error(
          "history-after-current",
          e.position(),
          "the earlier value of fact '"
              + f.id()
              + "' is dated "
              + earlier
              + ", after the current value's date "
              + current,
          "an earlier value describes an earlier or the same time; check the entry's `as_of` or"
              + " `period`, and the fact's own");
    }
    if (e.source() != null && !sources.containsKey(e.source().id())) {
      diagnostics.error(
          "unknown-source",
          e.source().position(),
          "there is no source '" + e.source().id() + "'",
          DidYouMean.hint(e.source().id(), sources.keySet(), "add it to content/sources.yaml"));
    }
  }
}
