package org.sourcebrief.lint;

import static org.sourcebrief.lint.NakedNumberWords.AFTER_DIGITS;
import static org.sourcebrief.lint.NakedNumberWords.ARABIC_SCRIPT_MONTHS;
import static org.sourcebrief.lint.NakedNumberWords.CARDINALS;
import static org.sourcebrief.lint.NakedNumberWords.CLOCK;
import static org.sourcebrief.lint.NakedNumberWords.CURRENCY_CODES;
import static org.sourcebrief.lint.NakedNumberWords.CURRENCY_SYMBOLS;
import static org.sourcebrief.lint.NakedNumberWords.LABELS;
import static org.sourcebrief.lint.NakedNumberWords.MONEY_AFTER;
import static org.sourcebrief.lint.NakedNumberWords.MONTHS;
import static org.sourcebrief.lint.NakedNumberWords.PLURAL_SCALES;
import static org.sourcebrief.lint.NakedNumberWords.QUANTIFIERS;
import static org.sourcebrief.lint.NakedNumberWords.SCALES;
import static org.sourcebrief.lint.NakedNumberWords.SOLAR_MONTHS;
import static org.sourcebrief.lint.NakedNumberWords.UNIT_SUFFIXES;
import static org.sourcebrief.lint.NakedNumberWords.arabicLetters;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the numbers in one block of prose (a paragraph, heading or table cell) that read as
 * figures. Pure text logic: one pass cuts the text into numbers and words, a second judges each by
 * its neighbours. The rules are listed on {@link NakedNumberLint}.
 */
final class NakedNumberFinder {
  /** A figure: {@code [start, end)} is quoted; {@code [coreStart, coreEnd)} is the number. */
  record Found(int start, int end, int coreStart, int coreEnd) {}

  private record Token(boolean number, int start, int end, String text, String lower) {}

  /**
   * Numeric dates and clock times: 2024-11-15, 15/11/2024, 15.11.2024, 10:30, and the year first
   * with "/" as Dari and Pashto write dates: ۱۴۰۳/۰۸/۲۶, 2024/11/15.
   */
  private static final Pattern DATE_OR_TIME =
      Pattern.compile(
          "\\p{Nd}{4}-\\p{Nd}{1,2}-\\p{Nd}{1,2}|\\p{Nd}{1,2}([/.])\\p{Nd}{1,2}\\1\\p{Nd}{2,4}"
              + "|\\p{Nd}{4}/\\p{Nd}{1,2}/\\p{Nd}{1,2}"
              + "|\\p{Nd}{1,2}:\\p{Nd}{2}(?::\\p{Nd}{2})?");

  private final String text;
  private final boolean heading;
  private final List<Token> tokens = new ArrayList<>();

  /**
   * The last run of numbers joined by "-", "/" or ":" (its last token), and whether it is a date.
   */
  private int groupLast = -1;

  private boolean groupIsDate;

  private NakedNumberFinder(String text, boolean heading) {
    this.text = text;
    this.heading = heading;
  }

  /** The figures in {@code text}, in order; {@code heading} allows a leading section number. */
  static List<Found> find(String text, boolean heading) {
    return new NakedNumberFinder(text, heading).find();
  }

  private List<Found> find() {
    tokenize();
    List<Found> out = new ArrayList<>();
    for (int k = 0; k < tokens.size(); k++) {
      Token t = tokens.get(k);
      if (t.number) {
        Found f = digits(k);
        if (f != null) out.add(f);
      } else if (CARDINALS.contains(t.lower) || QUANTIFIERS.contains(t.lower)) {
        k = spelled(k, out);
      }
    }
    out.sort(Comparator.comparingInt(Found::start));
    return out;
  }

  // ---- cutting the text into numbers and words

  private void tokenize() {
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isDigit(c)) i = add(true, i, numberEnd(i));
      else if (isLetter(c)) i = add(false, i, wordEnd(i));
      else i++;
    }
  }

  private int add(boolean number, int start, int end) {
    String s = text.substring(start, end);
    tokens.add(new Token(number, start, end, s, number ? s : s.toLowerCase(Locale.ROOT)));
    return end;
  }

  /**
   * Digits with group or decimal separators between them: 757,008 · 3.2 · 757 008 (NBSP) · ۷۵۷٬۰۰۸
   * · ۳٫۲, and the Arabic comma some write for either: ۷۵۷،۰۰۸.
   */
  private int numberEnd(int i) {
    int j = i + 1;
    while (j < text.length()) {
      char c = text.charAt(j);
      if (Character.isDigit(c)) j++;
      else if (",.'’٬٫،".indexOf(c) >= 0 && isDigitAt(j + 1)) j++;
      else if ("\u00A0\u202F\u2009".indexOf(c) >= 0 && threeDigitsAt(j + 1)) j++;
      else break;
    }
    return j;
  }

  /** Letters, and an apostrophe between letters: "Pakistan's", "o'clock". */
  private int wordEnd(int i) {
    int j = i + 1;
    while (j < text.length()
        && (isLetter(text.charAt(j)) || isApostrophe(text.charAt(j)) && isLetter(charAt(j + 1)))) {
      j++;
    }
    return j;
  }

  // ---- numbers written with digits

  private Found digits(int k) {
    Token t = tokens.get(k);
    int money = moneyStart(k);
    if (money < 0 && (gluedToWordBefore(t.start) || charAt(t.start - 1) == '#')) return null;
    Token glued = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
    if (glued != null && glued.start == t.end && !glued.number) {
      // "24m" and "3bn" are figures; "1st", "1990s", "9am" and "4G" are not
      if (!UNIT_SUFFIXES.contains(glued.lower)) return money < 0 ? null : found(money, t.end, t);
      return found(or(money, t.start), glued.end, t);
    }
    int end = figureSuffixEnd(k);
    int start = percentBefore(t.start) ? t.start - 1 : t.start;
    if (end > t.end || money >= 0 || start < t.start) return found(or(money, start), end, t);
    if (isDateOrTime(k)
        || isYear(t)
        || endsYearRange(k)
        || isDay(k)
        || afterLabel(k)
        || beforeClock(t.end)
        || heading && isSectionNumber(t)) {
      return null;
    }
    return found(t.start, t.end, t);
  }

  private static Found found(int start, int end, Token number) {
    return new Found(start, end, number.start, number.end);
  }

  /** Where a currency before the number starts ("$5", "US$ 5", "PKR 10,000", "Rs. 500"), or -1. */
  private int moneyStart(int k) {
    int p = tokens.get(k).start - 1;
    if (isSpace(charAt(p))) p--;
    if (p >= 0 && CURRENCY_SYMBOLS.indexOf(text.charAt(p)) >= 0) {
      while (p > 0 && isLetter(text.charAt(p - 1))) p--;
      return p;
    }
    Token w = k > 0 ? tokens.get(k - 1) : null;
    boolean code =
        w != null
            && !w.number
            && CURRENCY_CODES.contains(w.text)
            && gap(w.end, tokens.get(k).start, ".", 2);
    return code ? w.start : -1;
  }

  /** "COVID-19", "G7", "UN1325", "H1N1": digits inside a word or name. */
  private boolean gluedToWordBefore(int start) {
    char p = charAt(start - 1);
    return isLetter(p) || "-‑_".indexOf(p) >= 0 && isLetter(charAt(start - 2));
  }

  /** The end of "%", "percent", "per cent", a scale word or a currency after the number. */
  private int figureSuffixEnd(int k) {
    Token t = tokens.get(k);
    int i = isSpace(charAt(t.end)) ? t.end + 1 : t.end;
    if (i < text.length()
        && ("%٪".indexOf(text.charAt(i)) >= 0 || CURRENCY_SYMBOLS.indexOf(text.charAt(i)) >= 0)) {
      return i + 1;
    }
    Token next = wordAfter(k, "-");
    if (next == null) return t.end;
    Token second = wordAfter(k + 1, "");
    if (second != null
        && (next.lower.equals("per") && second.lower.equals("cent")
            || next.lower.equals("percentage") && second.lower.startsWith("point"))) {
      return second.end;
    }
    boolean figure =
        AFTER_DIGITS.contains(next.lower)
            || MONEY_AFTER.contains(next.lower)
            || CURRENCY_CODES.contains(next.text);
    return figure ? next.end : t.end;
  }

  /**
   * "٪۸۰": a percent sign typed before the number, as it often is in right-to-left text, where it
   * shows on the number's left either way.
   */
  private boolean percentBefore(int start) {
    return "%٪".indexOf(charAt(start - 1)) >= 0 && !Character.isDigit(charAt(start - 2));
  }

  /** 1800–2099; in Persian or Arabic digits also 1300–1499, the Solar Hijri years ("۱۴۰۳"). */
  private boolean isYear(Token t) {
    if (t.text.length() != 4 || !allDigits(t)) return false;
    int v = Integer.parseInt(toAscii(t.text));
    boolean hijri = t.text.charAt(0) > 127 && v >= 1300 && v <= 1499;
    return v >= 1800 && v <= 2099 || hijri;
  }

  /** The second part of "2023–24", "2023-2024", "2023/24". */
  private boolean endsYearRange(int k) {
    if (k == 0 || !tokens.get(k - 1).number || !isYear(tokens.get(k - 1))) return false;
    Token t = tokens.get(k);
    int from = tokens.get(k - 1).end;
    String between = text.substring(from, t.start).strip();
    boolean dash = between.length() == 1 && "-–—/".contains(between) && t.start - from <= 3;
    return dash && (t.text.length() == 2 && allDigits(t) || isYear(t));
  }

  /** A day of a month: "31 Oct", "31 October 2024", "October 31", "Oct. 31". */
  private boolean isDay(int k) {
    Token t = tokens.get(k);
    if (t.text.length() > 2 || !allDigits(t)) return false;
    int v = Integer.parseInt(toAscii(t.text));
    if (v < 1 || v > 31) return false;
    Token next = wordAfter(k, "");
    Token before = wordBefore(k, ".,");
    return next != null && (isMonth(next) || SOLAR_MONTHS.contains(arabicLetters(next.text)))
        || before != null && isMonth(before);
  }

  /** "October", "Oct", or a Gregorian month in Arabic script: "نومبر". */
  private static boolean isMonth(Token w) {
    return MONTHS.contains(w.text) || ARABIC_SCRIPT_MONTHS.contains(arabicLetters(w.text));
  }

  private boolean afterLabel(int k) {
    Token before = wordBefore(k, ".");
    return before != null && LABELS.contains(before.lower);
  }

  private boolean beforeClock(int end) {
    int i = isSpace(charAt(end)) ? end + 1 : end;
    for (String w : CLOCK) {
      if (text.regionMatches(true, i, w, 0, w.length()) && !isLetter(charAt(i + w.length()))) {
        return true;
      }
    }
    return false;
  }

  /** Whether token k is part of a numeric date or time; each run of joined numbers is read once. */
  private boolean isDateOrTime(int k) {
    if (k > groupLast) {
      int first = k;
      while (first > 0 && joined(first - 1)) first--;
      groupLast = k;
      while (groupLast + 1 < tokens.size() && joined(groupLast)) groupLast++;
      String group = text.substring(tokens.get(first).start, tokens.get(groupLast).end);
      groupIsDate = DATE_OR_TIME.matcher(group).matches();
    }
    return groupIsDate;
  }

  /** Whether number token k and the next are joined by one "-", "/" or ":": "2024-11", "10:30". */
  private boolean joined(int k) {
    Token a = tokens.get(k);
    Token b = k + 1 < tokens.size() ? tokens.get(k + 1) : null;
    return a.number
        && b != null
        && b.number
        && b.start == a.end + 1
        && "-/:".indexOf(text.charAt(a.end)) >= 0;
  }

  /** "## 2. The crackdown", "## 3.1 Method": a heading's own number. */
  private boolean isSectionNumber(Token t) {
    if (!text.substring(0, t.start).isBlank()) return false;
    for (int i = t.start; i < t.end; i++) {
      if (!Character.isDigit(text.charAt(i)) && text.charAt(i) != '.') return false;
    }
    char after = charAt(t.end);
    return after == 0 || ".):".indexOf(after) >= 0 || isSpace(after);
  }

  // ---- numbers written in words

  /** Reads a spelled-out number at token k; adds it if a figure; returns the last token read. */
  private int spelled(int k, List<Found> out) {
    int last = -1;
    boolean quantity = false;
    boolean scale = false;
    String prev = "";
    for (int j = k; j < tokens.size(); j++) {
      Token w = tokens.get(j);
      if (w.number || j > k && !gap(tokens.get(j - 1).end, w.start, "-", 3)) break;
      String x = w.lower;
      if (CARDINALS.contains(x)) {
        quantity = true;
        last = j;
      } else if (QUANTIFIERS.contains(x)) {
        quantity = true;
      } else if (quantity && isScale(x, prev)) {
        scale = true;
        last = j;
      } else if (!x.equals("and") && !(x.equals("of") && prev.equals("quarter"))) {
        break;
      }
      prev = x;
    }
    if (scale) return add(out, k, last);
    if (last < 0 || !CARDINALS.contains(tokens.get(k).lower)) return k;
    int suffix = spelledSuffix(last);
    return suffix > last ? add(out, k, suffix) : k;
  }

  /** After a spelled-out number: "percent", "per cent", or a ratio ("in five", "out of ten"). */
  private int spelledSuffix(int last) {
    Token a = wordAfter(last, "");
    Token b = a == null ? null : wordAfter(last + 1, "");
    Token c = b == null ? null : wordAfter(last + 2, "");
    if (a == null) return last;
    if (a.lower.equals("percent")) return last + 1;
    if (b == null) return last;
    if (a.lower.equals("per") && b.lower.equals("cent")) return last + 2;
    if (a.lower.equals("in") && CARDINALS.contains(b.lower)) return last + 2;
    boolean outOf = a.lower.equals("out") && b.lower.equals("of") && c != null;
    return outOf && CARDINALS.contains(c.lower) ? last + 3 : last;
  }

  /** "million"; "millions" only straight after a cardinal ("two lakhs"), never "millions of". */
  private static boolean isScale(String word, String previous) {
    return SCALES.contains(word) || PLURAL_SCALES.contains(word) && CARDINALS.contains(previous);
  }

  private int add(List<Found> out, int from, int to) {
    Token a = tokens.get(from);
    Token b = tokens.get(to);
    out.add(new Found(a.start, b.end, a.start, b.end));
    return to;
  }

  // ---- small helpers

  /** The word right after token k, with only whitespace (or {@code extra}) between. */
  private Token wordAfter(int k, String extra) {
    if (k + 1 >= tokens.size()) return null;
    Token w = tokens.get(k + 1);
    return !w.number && gap(tokens.get(k).end, w.start, extra, 3) ? w : null;
  }

  private Token wordBefore(int k, String extra) {
    if (k == 0) return null;
    Token w = tokens.get(k - 1);
    return !w.number && gap(w.end, tokens.get(k).start, extra, 3) ? w : null;
  }

  /** Whether {@code [from, to)} is short and holds only whitespace and {@code extra}. */
  private boolean gap(int from, int to, String extra, int max) {
    if (to - from > max) return false;
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i)) && extra.indexOf(text.charAt(i)) < 0) return false;
    }
    return true;
  }

  private char charAt(int i) {
    return i >= 0 && i < text.length() ? text.charAt(i) : 0;
  }

  private boolean isDigitAt(int i) {
    return i < text.length() && Character.isDigit(text.charAt(i));
  }

  private boolean threeDigitsAt(int i) {
    return isDigitAt(i) && isDigitAt(i + 1) && isDigitAt(i + 2) && !isDigitAt(i + 3);
  }

  private static boolean allDigits(Token t) {
    return t.text.chars().allMatch(Character::isDigit);
  }

  /** Arabic-Indic and other decimal digits as ASCII, for reading a year or a day. */
  private static String toAscii(String digits) {
    StringBuilder s = new StringBuilder(digits.length());
    for (int i = 0; i < digits.length(); i++) s.append(Character.digit(digits.charAt(i), 10));
    return s.toString();
  }

  private static int or(int money, int start) {
    return money >= 0 ? money : start;
  }

  private static boolean isLetter(char c) {
    return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
  }

  private static boolean isApostrophe(char c) {
    return c == '\'' || c == '’';
  }

  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u00A0' || c == '\u202F' || c == '\u2009';
  }
}
