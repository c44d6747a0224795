package org.sourcebrief.markdown;

import java.util.Locale;
import org.sourcebrief.config.WebAddress;
import org.sourcebrief.content.Source;
import org.sourcebrief.text.Html;
import org.sourcebrief.validate.CheckedContent;

/**
 * Writes a source as a citation in HTML: publisher, title, date, the link and when it was accessed,
 * and the secondary source it is known through ("via").
 */
public final class Citations {
  private final CheckedContent content;
  private final DateText dates;

  public Citations(CheckedContent content, Locale locale) {
    this.content = content;
    this.dates = new DateText(locale);
  }

  /** The full citation of a source, including its "via" chain. */
  public String html(Source s) {
    StringBuilder out = new StringBuilder(one(s));
    Source via = s.via() == null ? null : content.sources().get(s.via().id());
    if (via != null && via != s) out.append(" Via: ").append(one(via));
    return out.toString();
  }

  /** A short credit: "Ministry of Foreign Affairs of Pakistan, via News report, Kabul dateline". */
  public String credit(Source s) {
    return Html.escape(content.credit(s.id()));
  }

  private String one(Source s) {
    StringBuilder out = new StringBuilder();
    out.append(Html.escape(s.publisher())).append(", <cite>");
    if (WebAddress.isWebAddress(s.url())) {
      out.append("<a href=\"")
          .append(Html.escape(s.url()))
          .append("\">")
          .append(Html.escape(s.title()))
          .append("</a>");
    } else {
      out.append(Html.escape(s.title()));
    }
    out.append("</cite>, ").append(Html.escape(dates.format(s.date())));
    if (s.accessed() != null)
      out.append(", accessed ").append(Html.escape(dates.format(s.accessed())));
    if (WebAddress.isWebAddress(s.archiveUrl())) {
      out.append(" (<a href=\"")
          .append(Html.escape(s.archiveUrl()))
          .append("\">archived copy</a>)");
    }
    return out.append('.').toString();
  }

  /** The full citation as plain text, for CSV comment lines. */
  public String text(Source s) {
    StringBuilder out = new StringBuilder(oneText(s));
    Source via = s.via() == null ? null : content.sources().get(s.via().id());
    if (via != null && via != s) out.append(" Via: ").append(oneText(via));
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
    if (s.accessed() != null) out.append(", accessed ").append(dates.format(s.accessed()));
    return out.append('.').toString();
  }

  public String dateText(Source s) {
    return dates.format(s.date());
  }
}
