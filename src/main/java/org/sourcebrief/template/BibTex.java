package org.sourcebrief.template;

import java.util.Locale;
import org.sourcebrief.text.PartialDate;

/**
 * A citation as a BibTeX entry ({@code @misc} for a briefing, {@code @dataset} for a figure, with
 * the biblatex fields {@code date}, {@code url} and {@code langid} that reference managers read).
 * Names are kept whole in braces, so "Afghan returns briefing team" is not read as a surname; every
 * character TeX treats specially is escaped.
 */
final class BibTex {
  private BibTex() {}

  static String entry(CitedWork w) {
    StringBuilder b = new StringBuilder();
    b.append('@').append(w.kind() == CitedWork.Kind.DATASET ? "dataset" : "misc");
    b.append('{').append(key(w.key())).append(",\n");
    field(b, "author", String.join(" and ", w.creators().stream().map(BibTex::whole).toList()));
    field(b, "title", "{" + escape(w.title()) + "}");
    field(b, "publisher", escape(w.publisher()));
    field(b, "organization", escape(w.publisher()));
    PartialDate d = w.date();
    if (d != null) {
      field(b, "year", String.valueOf(d.year()));
      field(b, "date", d.toString());
    }
    String note = CitedWork.note(w);
    if (!note.isEmpty()) field(b, "note", escape(note));
    field(b, "url", url(w.url()));
    field(b, "howpublished", "\\url{" + url(w.url()) + "}");
    field(b, "langid", escape(w.language()));
    return b.append("}\n").toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append("  ").append(name).append(" = {").append(value).append("},\n");
  }

  private static String whole(String name) {
    return "{" + escape(name) + "}";
  }

  /** A key of letters, digits and hyphens: what every BibTeX tool accepts. */
  static String key(String s) {
    String k = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9-]+", "-");
    return k.matches("[a-z].*") ? k : "sb-" + k;
  }

  /** Text as TeX reads it back unchanged; line breaks become spaces. */
  static String escape(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.replaceAll("\\s+", " ").strip().toCharArray()) {
      switch (c) {
        case '\\' -> out.append("\\textbackslash{}");
        case '~' -> out.append("\\textasciitilde{}");
        case '^' -> out.append("\\textasciicircum{}");
        case '{', '}', '$', '%', '&', '#', '_' -> out.append('\\').append(c);
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** An address with the characters that would unbalance or escape the field percent-encoded. */
  static String url(String s) {
    return s.replace("%", "%25")
        .replace("\\", "%5C")
        .replace("{", "%7B")
        .replace("}", "%7D")
        .replace(" ", "%20");
  }
}
