package org.sourcebrief.validate;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.text.PartialDate;

/**
 * Rule: a fact whose date (the end of its period, or its as-of date) is more than stale_after_days
 * before today draws a notice; a derived fact does when an input does. Notices never fail a build.
 * A fact marked final is never stale.
 */
final class Staleness {
  private Staleness() {}

  static void check(
      Map<String, Fact> facts,
      Map<String, List<String>> inputs,
      Map<String, PartialDate> dates,
      int days,
      LocalDate today,
      Diagnostics d) {
    for (Fact f : facts.values()) {
      if (f.isDerived()) {
        inputs.getOrDefault(f.id(), List.of()).stream()
            .filter(in -> staleThrough(in, facts, inputs, days, today, new java.util.HashSet<>()))
            .findFirst()
            .ifPresent(
                in ->
                    d.notice(
                        "fact-stale",
                        f.position(),
                        "derived fact '" + f.id() + "' is stale because its input '" + in + "' is",
                        "update the stale " + "input; this fact follows by itself"));
      } else if (stale(f, days, today)) {
        PartialDate date = dates.get(f.id());
        d.notice(
            "fact-stale",
            f.position(),
            "fact '" + f.id() + "' is dated " + date + ", more than " + days + " days ago",
            "check for newer figures, then update the "
                + "value and date, or mark it `final: true` if the period is closed");
      }
    }
  }

  /** A stated fact is stale by its date; a derived one when any input is, however deep. */
  private static boolean staleThrough(
      String id,
      Map<String, Fact> facts,
      Map<String, List<String>> inputs,
      int days,
      LocalDate today,
      java.util.Set<String> seen) {
    Fact f = facts.get(id);
    if (f == null || !seen.add(id)) return false;
    if (!f.isDerived()) return stale(f, days, today);
    return inputs.getOrDefault(id, List.of()).stream()
        .anyMatch(in -> staleThrough(in, facts, inputs, days, today, seen));
  }

  private static boolean stale(Fact f, int days, LocalDate today) {
    if (f == null || f.isFinal() || f.isDerived() || f.referenceDate() == null) return false;
    return f.referenceDate().end().plusDays(days).isBefore(today);
  }
}
