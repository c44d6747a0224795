package org.sourcebrief.validate;

import java.time.LocalDate;
import java.util.Map;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;

/**
 * Rule: a fact whose date (the end of its period, or its as-of date) is more than stale_after_days
 * before today draws a notice; a derived fact does when an input does. Notices never fail a build.
 * A fact marked final is never stale.
 */
final class Staleness {
  private Staleness() {}

  /** Whether a stated fact is stale by its own date; a derived one is stale through its inputs. */
  static boolean isStale(Fact f, int days, LocalDate today) {
    if (f.isFinal() || f.isDerived() || f.referenceDate() == null) return false;
    return f.referenceDate().end().plusDays(days).isBefore(today);
  }

  static void report(Map<String, CheckedFact> facts, int days, Diagnostics d) {
    for (CheckedFact c : facts.values()) {
      Fact f = c.fact();
      if (f.isDerived()) {
        c.inputs().stream()
            .filter(in -> facts.get(in).stale())
            .findFirst()
            .ifPresent(
                in ->
                    d.notice(
                        "fact-stale",
                        f.position(),
                        "derived fact '" + f.id() + "' is stale because its input '" + in + "' is",
                        "update the stale " + "input; this fact follows by itself"));
      } else if (c.stale()) {
        d.notice(
            "fact-stale",
            f.position(),
            "fact '"
                + f.id()
                + "' is dated "
                + c.referenceDate()
                + ", more than "
                + days
                + " days ago",
            "check for newer figures, then update the "
                + "value and date, or mark it `final: true` if the period is closed");
      }
    }
  }
}
