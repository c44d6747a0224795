package org.sourcebrief.text;

import java.time.format.DateTimeFormatter;
import java.time.format.DecimalStyle;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;

/** Writes dates for readers in the site's locale, to the precision they are known. */
public final class DateText {
  private final Locale locale;

  public DateText(Locale locale) {
    this.locale = locale;
  }

  /**
   * How current a set of dates is, for "Data as of …": the one date, the year they share, or
   * "November 2023 to 2024" (with the words' "to") when they span years; "" for none. {@code dates}
   * are distinct and sorted.
   */
  public String current(List<PartialDate> dates, Words words) {
    if (dates.isEmpty()) return "";
    PartialDate oldest = dates.get(0);
    PartialDate newest = dates.get(dates.size() - 1);
    if (dates.size() == 1) return format(oldest);
    if (oldest.year() == newest.year()) return format(new PartialDate(oldest.year(), 0, 0));
    return words.get("date.span", format(oldest), format(newest));
  }

  /** "2024", "November 2024" or "November 15, 2024" (for en-US). */
  public String format(PartialDate d) {
    if (d == null) return "";
    // The locale's own digits, as its numbers have: "۲۶ نومبر ۲۰۲۶" for fa-AF.
    DecimalStyle digits = DecimalStyle.of(locale);
    if (d.hasDay())
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
          .withLocale(locale)
          .withDecimalStyle(digits)
          .format(d.start());
    String pattern = d.hasMonth() ? "LLLL yyyy" : "yyyy";
    return DateTimeFormatter.ofPattern(pattern, locale).withDecimalStyle(digits).format(d.start());
  }
}
