package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * Compares the facts with an earlier publication's {@code data/facts.json} and reports each stated
 * fact whose value, unit or date changed with no history entry recording the value shown then, and
 * each fact that publication had and the content no longer does. Derived facts are not compared:
 * they change with their inputs, which are.
 */
public final class SilentChanges {
  private final Diagnostics diagnostics;

  public SilentChanges(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** {@code display} names {@code record} in diagnostics; {@code today} dates the hinted entry. */
  public void check(Path record, String display, CheckedContent content, LocalDate today) {
    PublishedFacts.read(record, display, diagnostics)
        .ifPresent(earlier -> compare(earlier, display, content, today));
  }

  private void compare(
      Map<String, PublishedFacts.Published> earlier,
      String display,
      CheckedContent content,
      LocalDate today) {
    for (PublishedFacts.Published p : earlier.values()) {
      Fact now =
          content.fact(p.id()).map(CheckedFact::fact).orElse(content.uncheckedFacts().get(p.id()));
      if (now == null) removed(p, display);
      else if (!p.derived() && !now.isDerived()) compare(p, now, today);
    }
  }

  private void removed(PublishedFacts.Published p, String display) {
    String pages =
        p.citedBy().isEmpty() ? "" : "; it was cited by " + String.join(", ", p.citedBy());
    diagnostics.warning(
        "fact-removed",
        SourcePosition.ofFile(display),
        "fact '"
            + p.id()
            + "' ("
            + p.label()
            + ") was published before and no longer exists"
            + pages,
        "restore it, or keep the pages that cited it honest: add a `corrections:` note to each"
            + " saying what was removed and why");
  }

  private void compare(PublishedFacts.Published p, Fact now, LocalDate today) {
    List<String> changes = new ArrayList<>();
    if (p.value() != null && now.value() != null && p.value().compareTo(now.value()) != 0)
      changes.add("value " + plain(p.value()) + " → " + plain(now.value()));
    if (!Objects.equals(p.unit(), now.unit())) changes.add("unit " + p.unit() + " → " + now.unit());
    String date = date(now);
    if (!Objects.equals(p.date(), date)) changes.add("date " + p.date() + " → " + date);
    if (changes.isEmpty() || recorded(now, p.value())) return;
    diagnostics.warning(
        "value-changed-silently",
        now.position(),
        "fact '"
            + now.id()
            + "' changed since the earlier publication ("
            + String.join("; ", changes)
            + ") and its history does not say so",
        "add to the fact's `history:` what readers saw before (kind: update for newer data): "
            + hint(p, now, today));
  }

  /** Whether a history entry records the value shown before. */
  private static boolean recorded(Fact f, BigDecimal earlier) {
    return f.history().stream()
        .map(HistoryEntry::value)
        .anyMatch(v -> earlier == null || v.compareTo(earlier) == 0);
  }

  /** The entry to add, on one line: "- { date: 2025-03-03, value: 800000, kind: …, reason: … }". */
  private static String hint(PublishedFacts.Published p, Fact now, LocalDate today) {
    StringBuilder y = new StringBuilder("- { date: ").append(today);
    y.append(", value: ").append(p.value() == null ? "" : plain(p.value()));
    if (!Objects.equals(p.unit(), now.unit()) && p.unit() != null)
      y.append(", unit: ").append(p.unit());
    if (p.date() != null && !p.date().equals(date(now))) {
      String[] ft = p.date().split(" – ");
      if (ft.length == 2)
        y.append(", period: { from: ").append(ft[0]).append(", to: ").append(ft[1]).append(" }");
      else y.append(", as_of: ").append(p.date());
    }
    return y.append(", kind: correction, reason: \"…\" }").toString();
  }

  private static String date(Fact f) {
    if (f.asOf() != null) return f.asOf().toString();
    if (f.period() == null) return null;
    return f.period().from() + " – " + f.period().to();
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
