package org.sourcebrief.content;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/**
 * Reads a fact's {@code history:}: a list of changes, each with its date, the earlier value and the
 * kind of change. Whether the entries are in order and agree with the fact is checked later.
 */
final class HistoryLoader {
  static final List<String> KEYS =
      List.of(
          "date", "value", "unit", "as_of", "period", "kind", "reason", "source", "translations");

  private final Diagnostics diagnostics;
  private final Fields fields;

  HistoryLoader(Diagnostics diagnostics, Fields fields) {
    this.diagnostics = diagnostics;
    this.fields = fields;
  }

  List<HistoryEntry> read(YamlMapping fact, String id, PeriodReader periods) {
    Optional<YamlNode> node = fact.get("history");
    if (node.isEmpty()) return List.of();
    List<HistoryEntry> out = new ArrayList<>();
    for (YamlNode item : node.get().items("history")) {
      YamlMapping m = item.mapping("a history entry");
      if (m != null) entry(m, id, periods).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  private Optional<HistoryEntry> entry(YamlMapping m, String id, PeriodReader periods) {
    m.allowOnly(KEYS, "a history entry");
    String what = "a history entry of fact '" + id + "'";
    PartialDate date = fields.date(m, "date");
    BigDecimal value = m.decimal("value").orElse(null);
    if (!m.has("date") || !m.has("value")) {
      diagnostics.error(
          "history-incomplete",
          m.position(),
          what + " needs the `date` of the change and the earlier `value`",
          "write e.g. `- { date: 2025-03-03, value: 800000, kind: correction, reason: \"…\" }`");
      return Optional.empty();
    }
    HistoryEntry.Kind kind = kind(m, what);
    if (date == null || value == null || kind == null) return Optional.empty();
    return Optional.of(
        new HistoryEntry(
            m.position(),
            date,
            kind,
            value,
            m.string("unit").orElse(null),
            fields.date(m, "as_of"),
            periods.period(m),
            m.string("reason").filter(s -> !s.isBlank()).orElse(null),
            fields.ref(m, "source"),
            new Translations(diagnostics).read(m, what, List.of("reason"), false)));
  }

  private HistoryEntry.Kind kind(YamlMapping m, String what) {
    Optional<YamlNode> k = m.get("kind");
    String word = k.map(YamlNode::scalar).orElse(null);
    for (HistoryEntry.Kind kind : HistoryEntry.Kind.values()) {
      if (kind.word().equals(word)) return kind;
    }
    diagnostics.error(
        "history-unknown-kind",
        k.map(YamlNode::position).orElse(m.position()),
        word == null
            ? what + " does not say what kind of change it was"
            : "'" + word + "' is not a kind of change",
        DidYouMean.hint(
            word == null ? "" : word,
            HistoryEntry.Kind.words(),
            "write `kind: correction` (the earlier value was wrong) or `kind: update` (newer"
                + " data)"));
    return null;
  }

  /** How the facts file reads a period, shared so an entry's period is checked the same way. */
  interface PeriodReader {
    Period period(YamlMapping m);
  }
}
