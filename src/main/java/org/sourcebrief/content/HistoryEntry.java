package org.sourcebrief.content;

import java.math.BigDecimal;
import java.util.List;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/**
 * One change to a fact, as written under its {@code history:} key: the date it was made, the value
 * shown before it (with the unit and date shown then, where those changed too), whether the earlier
 * value was wrong ({@link Kind#CORRECTION}) or newer data replaced it ({@link Kind#UPDATE}), and a
 * sentence saying why.
 *
 * @param unit the earlier unit, or null when it did not change
 * @param asOf the earlier as-of date, or null when it did not change
 * @param period the earlier period, or null when it did not change
 * @param reason null when not written (allowed for an update only)
 * @param source the new value's own source, when it has one; null otherwise
 * @param translations the reason in other languages
 */
public record HistoryEntry(
    SourcePosition position,
    PartialDate date,
    Kind kind,
    BigDecimal value,
    String unit,
    PartialDate asOf,
    Period period,
    String reason,
    Ref source,
    List<Translation> translations) {

  public HistoryEntry {
    translations = List.copyOf(translations);
  }

  /** The earlier value's own date, when the entry gives one. */
  public PartialDate previousDate() {
    return period != null ? period.to() : asOf;
  }

  /** The reason in {@code language}, or as written when it has no translation into it. */
  public String reasonIn(String language) {
    return Translation.in(translations, language).flatMap(t -> t.field("reason")).orElse(reason);
  }

  /** What kind of change: the words an editor writes under {@code kind:}. */
  public enum Kind {
    CORRECTION("correction"),
    UPDATE("update");

    private final String word;

    Kind(String word) {
      this.word = word;
    }

    public String word() {
      return word;
    }

    public static List<String> words() {
      return List.of("correction", "update");
    }
  }
}
