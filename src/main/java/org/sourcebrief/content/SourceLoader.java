package org.sourcebrief.content;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sourcebrief.config.WebAddress;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.PrintableText;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/** Reads a sources file: a mapping from source id to its citation. */
final class SourceLoader {
  static final List<String> KEYS =
      List.of(
          "publisher",
          "title",
          "date",
          "url",
          "accessed",
          "via",
          "archive_url",
          "note",
          "translations");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]*");

  private final Diagnostics diagnostics;
  private final Fields fields;

  SourceLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
  }

  /** Adds the sources of one file to {@code into}, reporting ids already taken. */
  void load(YamlNode root, Map<String, Source> into) {
    YamlMapping all = root.mapping("a sources file");
    if (all == null) return;
    for (String id : all.keys()) {
      YamlNode node = all.get(id).orElse(null);
      if (!ID.matcher(id).matches()) {
        diagnostics.error(
            "source-bad-id",
            all.keyPosition(id),
            "source id '"
                + id
                + "' may hold only lower-case letters, digits, '-', '_' and '.'"
                + PrintableText.invisibleNote(id, all.keyPositionAt(id, 0).column()),
            "rename it, e.g. un-figures-2024");
      }
      if (into.containsKey(id)) {
        diagnostics.error(
            "duplicate-source",
            all.keyPosition(id),
            "source '" + id + "' is defined twice",
            "the first is at " + into.get(id).position());
        continue;
      }
      YamlMapping m = node == null ? null : node.mapping("source '" + id + "'");
      if (m != null) into.put(id, read(id, all, m));
    }
  }

  /**
   * A link the source's citation will carry: only a full web address is kept; anything else (a
   * {@code javascript:} address above all) is reported and left out.
   */
  private String webAddress(YamlMapping m, String key) {
    String url = m.string(key).orElse(null);
    if (url == null || WebAddress.isWebAddress(url)) return url;
    diagnostics.error(
        "source-bad-url",
        m.get(key).get().position(),
        key + " '" + WebAddress.shown(url) + "' is not a web address",
        "write the full address starting https://");
    return null;
  }

  private Source read(String id, YamlMapping all, YamlMapping m) {
    m.allowOnly(KEYS, "source '" + id + "'");
    String what = "source '" + id + "' has no ";
    SourcePosition at = all.keyPosition(id);
    String publisher =
        m.requireString(
                "publisher",
                "source-missing-publisher",
                at,
                what + "publisher",
                "add `publisher:` naming who produced it")
            .orElse(id); // reported; the id stands in, so later stages never meet a gap
    String title =
        m.requireString(
                "title",
                "source-missing-title",
                at,
                what + "title",
                "add `title:` with the document's title")
            .orElse(id);
    PartialDate date = fields.date(m, "date");
    if (!m.has("date")) {
      diagnostics.error(
          "source-missing-date",
          at,
          what + "date",
          "add `date:` as a year, year-month or full date");
    }
    String url = webAddress(m, "url");
    PartialDate accessed = fields.date(m, "accessed");
    if (m.string("url").isPresent() && !m.has("accessed")) {
      diagnostics.error(
          "source-missing-accessed",
          m.keyPosition("url"),
          what + "accessed date for its url",
          "add `accessed: YYYY-MM-DD`, the day you read it");
    }
    return new Source(
        id,
        all.keyPosition(id),
        publisher,
        title,
        date,
        url,
        accessed,
        fields.ref(m, "via"),
        webAddress(m, "archive_url"),
        m.string("note").orElse(null),
        new Translations(diagnostics)
            .read(m, "source '" + id + "'", List.of("publisher", "title", "note"), false),
        valuePosition(m, "url", at),
        valuePosition(m, "archive_url", at));
  }

  private static SourcePosition valuePosition(YamlMapping m, String key, SourcePosition fallback) {
    return m.get(key).map(YamlNode::position).orElse(fallback);
  }
}
