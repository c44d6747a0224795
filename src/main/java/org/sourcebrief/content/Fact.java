package org.sourcebrief.content;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/**
 * One figure. A stated fact has a value and sources; a derived fact has a formula over other facts
 * instead, and its value and sources are worked out by validation. {@code history} lists the
 * changes made to a stated fact's value, oldest first.
 */
public record Fact(
    String id,
    SourcePosition position,
    String label,
    BigDecimal value,
    Formula derive,
    String unit,
    Period period,
    PartialDate asOf,
    List<Ref> sources,
    String note,
    boolean approximate,
    boolean isFinal,
    List<Translation> translations,
    List<HistoryEntry> history) {

  public Fact {
    history = history == null ? List.of() : List.copyOf(history);
  }

  /** A fact with no recorded changes. */
  public Fact(
      String id,
      SourcePosition position,
      String label,
      BigDecimal value,
      Formula derive,
      String unit,
      Period period,
      PartialDate asOf,
      List<Ref> sources,
      String note,
      boolean approximate,
      boolean isFinal,
      List<Translation> translations) {
    this(
        id,
        position,
        label,
        value,
        derive,
        unit,
        period,
        asOf,
        sources,
        note,
        approximate,
        isFinal,
        translations,
        List.of());
  }

  /** A fact written in one language only. */
  public Fact(
      String id,
      SourcePosition position,
      String label,
      BigDecimal value,
      Formula derive,
      String unit,
      Period period,
      PartialDate asOf,
      List<Ref> sources,
      String note,
      boolean approximate,
      boolean isFinal) {
    this(
        id,
        position,
        label,
        value,
        derive,
        unit,
        period,
        asOf,
        sources,
        note,
        approximate,
        isFinal,
        List.of());
  }

  public boolean isDerived() {
    return derive != null;
  }

  /** The date a figure refers to: the end of its period, or its as-of date; null if undated. */
  public PartialDate referenceDate() {
    if (period != null) return period.to();
    return asOf;
  }
}
