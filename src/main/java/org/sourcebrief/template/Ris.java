package org.sourcebrief.template;

import org.sourcebrief.text.PartialDate;

/**
 * A citation as an RIS record, the tagged format EndNote, Zotero and Mendeley import: {@code ELEC}
 * (a web page) for a briefing, {@code DATA} for a figure. Each value is one line; lines end with CR
 * LF, as the format asks.
 */
final class Ris {
  private Ris() {}

  static String record(CitedWork w) {
    StringBuilder b = new StringBuilder();
    tag(b, "TY", w.kind() == CitedWork.Kind.DATASET ? "DATA" : "ELEC");
    for (String name : w.creators()) tag(b, "AU", name);
    tag(b, "TI", w.title());
    tag(b, "T2", w.site());
    tag(b, "PB", w.publisher());
    PartialDate d = w.date();
    if (d != null) {
      tag(b, "PY", String.valueOf(d.year()));
      tag(b, "DA", risDate(d));
    }
    String note = CitedWork.note(w);
    if (!note.isEmpty()) tag(b, "N1", note);
    tag(b, "UR", w.url());
    tag(b, "LA", w.language());
    for (String k : w.keywords()) tag(b, "KW", k);
    tag(b, "ER", "");
    return b.toString();
  }

  private static void tag(StringBuilder b, String tag, String value) {
    b.append(tag).append("  - ").append(oneLine(value)).append("\r\n");
  }

  /** "2024/11/15/", "2024/11//" or "2024///": the RIS date, year/month/day/other. */
  static String risDate(PartialDate d) {
    return d.year()
        + "/"
        + (d.hasMonth() ? String.format(java.util.Locale.ROOT, "%02d", d.month()) : "")
        + "/"
        + (d.hasDay() ? String.format(java.util.Locale.ROOT, "%02d", d.day()) : "")
        + "/";
  }

  /** Line breaks, tabs and other control characters become spaces: a value is one line. */
  static String oneLine(String s) {
    return s.replaceAll("[\\p{Cntrl}\\u2028\\u2029\\u0085]+", " ").strip();
  }
}
