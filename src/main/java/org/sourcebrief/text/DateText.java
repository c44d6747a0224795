package org.sourcebrief.text;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Writes dates for readers in the site's locale, to the precision they are known. */
public final class DateText {
  private final Locale locale;

  public DateText(Locale locale) {
    this.locale = locale;
  }

  /** "2024", "November 2024" or "November 15, 2024" (for en-US). */
  public String format(PartialDate d) {
    if (d == null) return "";
    if (d.hasDay())
      return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
          .withLocale(locale)
          .format(d.start());
    if (d.hasMonth()) return DateTimeFormatter.ofPattern("LLLL yyyy", locale).format(d.start());
    return String.valueOf(d.year());
  }
}
