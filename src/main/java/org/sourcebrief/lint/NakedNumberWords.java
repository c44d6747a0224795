package org.sourcebrief.lint;

import java.util.Set;

/** The words the naked-number lint reads around a number, in lower case unless noted. */
final class NakedNumberWords {
  private NakedNumberWords() {}

  /** Spelled-out cardinals; "twenty-four" is read as "twenty" and "four". */
  static final Set<String> CARDINALS =
      Set.of(
          "zero",
          "one",
          "two",
          "three",
          "four",
          "five",
          "six",
          "seven",
          "eight",
          "nine",
          "ten",
          "eleven",
          "twelve",
          "thirteen",
          "fourteen",
          "fifteen",
          "sixteen",
          "seventeen",
          "eighteen",
          "nineteen",
          "twenty",
          "thirty",
          "forty",
          "fifty",
          "sixty",
          "seventy",
          "eighty",
          "ninety");

  /** Words that may stand for the count before a scale word: "a million", "half a million". */
  static final Set<String> QUANTIFIERS = Set.of("a", "an", "half", "quarter");

  /** Scale words that turn a spelled-out number into a figure. */
  static final Set<String> SCALES =
      Set.of("hundred", "thousand", "million", "billion", "trillion", "lakh", "crore");

  /** Plural scales, a figure only after a cardinal ("two lakhs"), never alone ("millions"). */
  static final Set<String> PLURAL_SCALES =
      Set.of("hundreds", "thousands", "millions", "billions", "trillions", "lakhs", "crores");

  /** Words after digits that make one figure with them: "3.2 million", "80 percent". */
  static final Set<String> AFTER_DIGITS =
      Set.of(
          "hundred",
          "thousand",
          "million",
          "billion",
          "trillion",
          "lakh",
          "crore",
          "hundreds",
          "thousands",
          "millions",
          "billions",
          "lakhs",
          "crores",
          "mn",
          "bn",
          "tn",
          "percent",
          "pc",
          "pct",
          "هزار",
          "میلیون",
          "ملیون",
          "میلیارد",
          "ملیارد",
          "درصد",
          "زر",
          "زره",
          "میلیونه",
          "ملیونه",
          "میلیارده",
          "ملیارده",
          "سلنه",
          "ہزار",
          "لاکھ",
          "لک",
          "کروڑ",
          "ارب",
          "کھرب",
          "ملین",
          "بلین",
          "فیصد");

  /** Money words after digits: "500 rupees", "10,000 PKR". */
  static final Set<String> MONEY_AFTER =
      Set.of(
          "dollar",
          "dollars",
          "euro",
          "euros",
          "pound",
          "pounds",
          "rupee",
          "rupees",
          "afghani",
          "afghanis",
          "usd",
          "eur",
          "gbp",
          "pkr",
          "afn",
          "inr",
          "افغانی",
          "افغانۍ",
          "روپیه",
          "روپۍ",
          "روپے",
          "روپیے",
          "دالر",
          "ډالر",
          "ڈالر");

  /** Letters glued to digits that keep them a figure: "24m", "3bn", "5k", "10km". */
  static final Set<String> UNIT_SUFFIXES =
      Set.of(
          "k", "m", "mn", "b", "bn", "tn", "pc", "pct", "x", "km", "kg", "ha", "kw", "mw", "gw",
          "mph", "kph");

  /** Currency codes before an amount; case-sensitive, as written: "PKR 10,000", "Rs 500". */
  static final Set<String> CURRENCY_CODES =
      Set.of(
          "USD", "EUR", "GBP", "PKR", "AFN", "INR", "IRR", "CHF", "JPY", "CNY", "AUD", "CAD", "SAR",
          "AED", "Rs", "Rp");

  /** Currency symbols before an amount: "$5", "€3m". */
  static final String CURRENCY_SYMBOLS = "$€£¥₨₹؋₺₽";

  /** Month names, case-sensitive, so that "may" the verb is not a month. */
  static final Set<String> MONTHS =
      Set.of(
          "January",
          "February",
          "March",
          "April",
          "May",
          "June",
          "July",
          "August",
          "September",
          "October",
          "November",
          "December",
          "Jan",
          "Feb",
          "Mar",
          "Apr",
          "Jun",
          "Jul",
          "Aug",
          "Sep",
          "Sept",
          "Oct",
          "Nov",
          "Dec");

  /**
   * Gregorian month names in Arabic script, as the locales of Dari (fa-AF), Iranian Persian, Pashto
   * and Urdu write them; compared after {@link #arabicLetters}, so "جنوري" and "جنوری" are one.
   */
  static final Set<String> ARABIC_SCRIPT_MONTHS =
      Set.of(
          "جنوری", "فبروری", "فېبروری", "فروری", "مارچ", "اپریل", "می", "مۍ", "مئی", "جون", "جولای",
          "جولائی", "اگست", "اګست", "سپتمبر", "سېپتمبر", "ستمبر", "اکتوبر", "نومبر", "دسمبر",
          "ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر", "اکتبر",
          "نوامبر", "دسامبر");

  /**
   * Solar Hijri month names (Afghan Dari, Iranian Persian, Pashto), read only after a day ("۱۵
   * عقرب"): several are also common words before a number. "دی" is left out, being Pashto for "is".
   */
  static final Set<String> SOLAR_MONTHS =
      Set.of(
          "حمل",
          "ثور",
          "جوزا",
          "سرطان",
          "اسد",
          "سنبله",
          "میزان",
          "عقرب",
          "قوس",
          "جدی",
          "دلو",
          "حوت",
          "فروردین",
          "اردیبهشت",
          "خرداد",
          "تیر",
          "مرداد",
          "شهریور",
          "مهر",
          "آبان",
          "آذر",
          "بهمن",
          "اسفند",
          "وری",
          "غویی",
          "غبرگولی",
          "چنگاښ",
          "زمری",
          "وږی",
          "تله",
          "لړم",
          "لیندۍ",
          "مرغومی",
          "سلواغه",
          "کب");

  /**
   * A word with Arabic yeh and kaf written as the Persian ones, and hamza and ezafe marks dropped.
   */
  static String arabicLetters(String word) {
    StringBuilder out = new StringBuilder(word.length());
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      switch (c) {
        case '\u064A' -> out.append('\u06CC'); // ي → ی
        case '\u0643' -> out.append('\u06A9'); // ك → ک
        case '\u06C0' -> out.append('\u0647'); // ۀ → ه
        case '\u0654' -> {} // the ezafe hamza of "ژانویهٔ"
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** Nouns that make the number after them a name or label: "Resolution 2231", "page 5". */
  static final Set<String> LABELS =
      Set.of(
          "resolution",
          "resolutions",
          "unscr",
          "article",
          "articles",
          "section",
          "sections",
          "chapter",
          "chapters",
          "paragraph",
          "para",
          "clause",
          "annex",
          "appendix",
          "part",
          "page",
          "pages",
          "p",
          "pp",
          "no",
          "nos",
          "vol",
          "volume",
          "issue",
          "phase",
          "stage",
          "level",
          "grade",
          "class",
          "room",
          "route",
          "highway",
          "flight",
          "rule",
          "item",
          "step",
          "figure",
          "fig",
          "table",
          "version",
          "season",
          "episode",
          "session",
          "protocol",
          "amendment",
          "zone",
          "district",
          "sector",
          "ماده",
          "مادہ",
          "بند",
          "فصل",
          "باب",
          "صفحه",
          "صفحہ",
          "مخ",
          "قطعنامه",
          "قرارداد",
          "شماره",
          "شمېره",
          "نمبر",
          "جدول",
          "شکل",
          "مرحله",
          "مرحلہ");

  /** Words after a number that make it a clock time: "3 pm", "9 o'clock". */
  static final Set<String> CLOCK =
      Set.of("am", "pm", "a.m.", "p.m.", "o'clock", "o’clock", "gmt", "utc");
}
