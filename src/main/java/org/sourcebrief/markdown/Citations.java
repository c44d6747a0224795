package org.sourcebrief.markdown;

import org.sourcebrief.config.WebAddress;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.content.Source;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.DateText;
import org.sourcebrief.text.Html;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedContent;

/**
 * Writes a source as a citation in HTML: publisher, title, date, the link and when it was accessed,
 * and the secondary source it is known through ("via"). Publisher and title are isolated ({@code
 * <bdi>}), as they are often in another script than the page.
 */
public final class Citations {
  private final CheckedContent content;
  private final DateText dates;
  private final Words words;
  private final Credits credits;
  private final ValueFormatter values;

  public Citations(CheckedContent content, Words words) {
    this.content = content;
    this.words = words;
    this.dates = new DateText(words.locale());
    this.credits = new Credits(words);
    this.values = new ValueFormatter(words);
  }

  /** The full citation of a source, including its "via" chain. */
  public String html(Source s) {
    StringBuilder out = new StringBuilder(one(s));
    Source via = s.via() == null ? null : content.sources().get(s.via().id());
    if (via != null && via != s)
      out.append(' ').append(Html.escape(words.get("citation.via"))).append(' ').append(one(via));
    return out.toString();
  }

  /** A short credit: "Ministry of Foreign Affairs of Pakistan, via News report, Kabul dateline". */
  public String credit(Source s) {
    return Html.escape(content.credit(s.id(), credits));
  }

  private String one(Source s) {
    StringBuilder out = new StringBuilder();
    out.append(isolated(s.publisher())).append(", <cite>");
    if (WebAddress.isWebAddress(s.url())) {
      out.append("<a href=\"")
          .append(Html.escape(s.url()))
          .append("\">")
          .append(isolated(s.title()))
          .append("</a>");
    } else {
      out.append(isolated(s.title()));
    }
    out.append("</cite>, ").append(Html.escape(dates.format(s.date())));
    if (s.accessed() != null)
      out.append(", ")
          .append(Html.escape(words.get("citation.accessed", dates.format(s.accessed()))));
    if (WebAddress.isWebAddress(s.archiveUrl())) {
      out.append(" (<a href=\"")
          .append(Html.escape(s.archiveUrl()))
          .append("\">")
          .append(Html.escape(words.get("citation.archived")))
          .append("</a>)");
    }
    return out.append('.').toString();
  }

  /**
   * Text in a bidi isolate: a Latin publisher or title inside Dari words keeps its place in the
   * sentence, and two Latin names in a row are not read as one left-to-right run.
   */
  private static String isolated(String text) {
    return "<bdi>" + Html.escape(text) + "</bdi>";
  }

  /** The full citation as plain text, for CSV comment lines. */
  public String text(Source s) {
    StringBuilder out = new StringBuilder(oneText(s));
    Source via = s.via() == null ? null : content.sources().get(s.via().id());
    if (via != null && via != s)
      out.append(' ').append(words.get("citation.via")).append(' ').append(oneText(via));
    return out.toString();
  }

  private String oneText(Source s) {
    StringBuilder out =
        new StringBuilder(s.publisher())
            .append(", \u201c")
            .append(s.title())
            .append("\u201d, ")
            .append(dates.format(s.date()));
    if (s.url() != null) out.append(", ").append(s.url());
    if (s.accessed() != null)
      out.append(", ").append(words.get("citation.accessed", dates.format(s.accessed())));
    return out.append('.').toString();
  }

  public String dateText(Source s) {
    return dates.format(s.date());
  }

  /**
   * One change to a fact, as a sentence in plain text: "Corrected on 3 March 2025: earlier versions
   * said 800,000 (the count included some returns twice)." The earlier value is written with the
   * unit and date it had then, and the reason in the page's language where translated.
   */
  public String change(Fact f, HistoryEntry e) {
    String earlier =
        values.format(e.value(), e.unit() != null ? e.unit() : f.unit(), f.approximate());
    if (e.period() != null) {
      earlier =
          words.get(
              "corrections.value-period",
              earlier,
              words.get(
                  "date.period", dates.format(e.period().from()), dates.format(e.period().to())));
    } else if (e.asOf() != null) {
      earlier =
          words.get(
              "corrections.value-as-of", earlier, words.get("date.as-of", dates.format(e.asOf())));
    }
    String said =
        e.kind() == HistoryEntry.Kind.CORRECTION
            ? words.get("corrections.corrected", dates.format(e.date()), earlier)
            : words.get("corrections.updated", dates.format(e.date()), earlier);
    String reason = e.reasonIn(content.config().language());
    return reason == null
        ? words.get("corrections.plain", said)
        : words.get("corrections.because", said, withoutFullStop(reason));
  }

  /** A dated note of a narrative: "Corrected on 3 March 2025: …". */
  public String note(org.sourcebrief.content.Narrative.Correction c) {
    return words.get("corrections.note", dates.format(c.date()), c.text());
  }

  /** "The count was wrong." inside parentheses reads "(The count was wrong)". */
  private static String withoutFullStop(String s) {
    String t = s.strip();
    return t.endsWith(".") || t.endsWith("\u06D4") ? t.substring(0, t.length() - 1) : t;
  }
}
