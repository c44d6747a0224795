package org.sourcebrief.text;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date known to the year, the month or the day, as sources are: "2024", "2024-11", "2024-11-15".
 * Month and day are 0 when unknown.
 */
public record PartialDate(int year, int month, int day) implements Comparable<PartialDate> {
  private static final Pattern FORM = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");

  public static Optional<PartialDate> parse(String text) {
    if (text == null) return Optional.empty();
    Matcher m = FORM.matcher(text.trim());
    if (!m.matches()) return Optional.empty();
    int y = Integer.parseInt(m.group(1));
    int mo = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int d = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    try {
      if (d > 0) LocalDate.of(y, mo, d);
      else if (mo > 0) YearMonth.of(y, mo);
    } catch (DateTimeException e) {
      return Optional.empty();
    }
    return Optional.of(new PartialDate(y, mo, d));
  }

  public boolean hasMonth() {
    return month > 0;
  }

  public boolean hasDay() {
    return day > 0;
  }

  /** The first day the date could mean. */
  public LocalDate start() {
    return LocalDate.of(year, Math.max(month, 1), Math.max(day, 1));
  }

  /** The last day the date could mean: a year ends on 31 December, a month on its last day. */
  public LocalDate end() {
    if (hasDay()) return LocalDate.of(year, month, day);
    if (hasMonth()) return YearMonth.of(year, month).atEndOfMonth();
    return LocalDate.of(year, 12, 31);
  }

  @Override
  public int compareTo(PartialDate o) {
    return start().compareTo(o.start()) != 0
        ? start().compareTo(o.start())
        : end().compareTo(o.end());
  }

  /** The ISO form it was written in: "2024", "2024-11" or "2024-11-15". */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder(10).append(pad(year, 4));
    if (hasMonth()) s.append('-').append(pad(month, 2));
    if (hasDay()) s.append('-').append(pad(day, 2));
    return s.toString();
  }

  private static String pad(int n, int width) {
    String s = Integer.toString(n);
    return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
  }
}
