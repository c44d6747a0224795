package org.sourcebrief.content;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.PrintableText;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.yaml.Numbers;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/** Reads a facts file: a list of stated and derived facts. */
final class FactLoader {
  static final List<String> KEYS =
      List.of(
          "id",
          "translations",
          "label",
          "value",
          "derive",
          "unit",
          "period",
          "as_of",
          "source",
          "note",
          "approximate",
          "final",
          "history");
  static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final Diagnostics diagnostics;
  private final Fields fields;

  FactLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
  }

  void load(YamlNode root, List<Fact> into) {
    for (YamlNode item : root.items("a facts file")) {
      YamlMapping m = item.mapping("a fact");
      if (m != null) read(m).ifPresent(into::add);
    }
  }

  private Optional<Fact> read(YamlMapping m) {
    m.allowOnly(KEYS, "a fact");
    Optional<YamlNode> idNode = m.get("id");
    if (idNode.isEmpty() || idNode.get().scalar() == null) {
      diagnostics.error(
          "fact-missing-id",
          m.position(),
          "this fact has no id",
          "add `id: some_name` (lower_snake_case, unique across the site)");
      return Optional.empty();
    }
    String id = idNode.get().scalar();
    SourcePosition at = idNode.get().position();
    if (!ID.matcher(id).matches()) {
      diagnostics.error(
          "fact-bad-id",
          at,
          "fact id '"
              + id
              + "' is not lower_snake_case"
              + PrintableText.invisibleNote(id, idNode.get().positionAt(0).column()),
          "use lower-case letters, digits and underscores, starting with a letter");
    }
    String label =
        m.requireString(
                "label",
                "fact-missing-label",
                "fact '" + id + "' has no label",
                "add `label:` saying what the number counts")
            .orElse(id);
    Formula derive = formula(m);
    BigDecimal value = value(m);
    List<Ref> sources = fields.refs(m, "source");
    checkShape(m, id, at);
    return Optional.of(
        new Fact(
            id,
            at,
            label,
            value,
            derive,
            m.string("unit").orElse(null),
            period(m),
            fields.date(m, "as_of"),
            sources,
            m.string("note").orElse(null),
            m.bool("approximate").orElse(false),
            m.bool("final").orElse(false),
            new Translations(diagnostics)
                .read(m, "fact '" + id + "'", List.of("label", "note"), false),
            new HistoryLoader(diagnostics, fields).read(m, id, this::period)));
  }

  /**
   * The stated value. One written in Persian or Arabic-Indic digits is refused with its Latin
   * spelling: a fact is shared by every language of a site, and each page writes it in its own
   * locale's digits.
   */
  private BigDecimal value(YamlMapping m) {
    YamlNode v = m.get("value").orElse(null);
    String latin = v == null ? null : latinSpelling(v.scalar());
    if (latin == null) return m.decimal("value").orElse(null);
    diagnostics.error(
        "value-not-latin-digits",
        v.position(),
        "'" + v.scalar() + "' is written in Persian or Arabic-Indic digits",
        "write " + latin + "; pages show it in each language's own digits");
    return null;
  }

  /**
   * "۸۸۰۰۰۰" → "880000", "۱۲٫۵" → "12.5", "۷۵۷٬۰۰۸" → "757008"; null for text with no such digit or
   * that is no number even in Latin digits.
   */
  static String latinSpelling(String text) {
    if (text == null || text.chars().noneMatch(c -> c > 127 && Character.isDigit(c))) return null;
    StringBuilder out = new StringBuilder(text.length());
    for (char c : text.strip().toCharArray()) {
      if (Character.isDigit(c)) out.append((char) ('0' + Character.digit(c, 10)));
      else if (c == '\u066B') out.append('.'); // Arabic decimal separator
      else if (c == '\u2212') out.append('-');
      else if (c != '\u066C' && c != '\u060C' && c != ',') out.append(c); // thousands separators
    }
    String latin = out.toString();
    return Numbers.parseDecimal(latin).value() == null ? null : latin;
  }

  private void checkShape(YamlMapping m, String id, SourcePosition at) {
    String fact = "fact '" + id + "'";
    if (m.has("value") && m.has("derive")) {
      diagnostics.error(
          "fact-value-and-derive",
          m.keyPosition("derive"),
          fact + " has both a value and a derive formula",
          "keep one of them");
    } else if (!m.has("value") && !m.has("derive")) {
      diagnostics.error(
          "fact-missing-value",
          at,
          fact + " has no value",
          "add `value:` with the number, or `derive:` with a formula over other facts");
    }
    boolean derived = m.has("derive");
    if (derived && m.has("source")) {
      diagnostics.error(
          "fact-derived-with-source",
          m.keyPosition("source"),
          "derived " + fact + " takes its sources from the facts it is calculated from",
          "remove `source:`; cite the inputs' sources on the facts themselves");
    } else if (!derived && !m.has("source")) {
      diagnostics.error(
          "fact-missing-source",
          at,
          fact + " has no source",
          "add `source: <id>` naming an entry of content/sources.yaml");
    }
    if (m.has("period") && m.has("as_of")) {
      diagnostics.error(
          "fact-period-and-as-of",
          m.keyPosition("as_of"),
          fact + " has both a period and an as_of date",
          "keep one of them");
    } else if (!derived && !m.has("period") && !m.has("as_of")) {
      diagnostics.warning(
          "fact-missing-date",
          at,
          fact + " has no date",
          "add `as_of: YYYY-MM-DD` or `period: { from: YYYY-MM, to: YYYY-MM }`");
    }
  }

  private Formula formula(YamlMapping m) {
    Optional<YamlNode> n = m.get("derive");
    if (n.isEmpty()) return null;
    if (!n.get().isScalar()) {
      diagnostics.error(
          "derive-syntax",
          n.get().position(),
          "derive must be a formula on one line",
          "write it in quotes, e.g. derive: \"total - registered\"");
      return null;
    }
    return new Formula(n.get().scalar(), n.get().positionAt(0));
  }

  private Period period(YamlMapping m) {
    Optional<YamlNode> p = m.get("period");
    if (p.isEmpty()) return null;
    YamlMapping pm = p.get().mapping("period");
    if (pm == null) return null;
    pm.allowOnly(List.of("from", "to"), "period");
    PartialDate from = fields.date(pm, "from");
    PartialDate to = fields.date(pm, "to");
    if (!pm.has("from") || !pm.has("to")) {
      diagnostics.error(
          "bad-period",
          pm.position(),
          "a period needs both `from` and `to`",
          "write `period: { from: 2023-11, to: 2024-10 }`");
      return null;
    }
    if (from == null || to == null) return null;
    if (from.start().isAfter(to.end())) {
      diagnostics.error(
          "bad-period", pm.position(), "the period ends before it starts", "swap `from` and `to`");
    }
    return new Period(from, to);
  }
}
