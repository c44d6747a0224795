package org.sourcebrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * Values and dates for readers of Dari, Pashto and Urdu: Afghanistan's locales write Persian digits
 * (۰–۹, with ٬ for thousands and ٫ for decimals); Pakistan's Urdu writes Latin digits unless the
 * locale asks for Persian ones ({@code -u-nu-arabext}); Pashto with Latin digits groups with ".".
 */
class ArabicScriptLocalesTest {
  private static final String LRM = "\u200E";

  private static BigDecimal n(String s) {
    return new BigDecimal(s);
  }

  private static PartialDate date(String s) {
    return PartialDate.parse(s).orElseThrow();
  }

  private static ValueFormatter values(String language, String locale) {
    return new ValueFormatter(TestWords.of(language, Locale.forLanguageTag(locale)));
  }

  @Test
  void dariInAfghanistan() {
    ValueFormatter fa = values("fa", "fa-AF");
    assertEquals("۷۵۷٬۰۰۸", fa.format(n("757008"), "people", false));
    assertEquals("۱۲٫۵٪", fa.format(n("12.5"), "percent", false));
    assertEquals("۲۳٫۷٪", fa.format(n("0.237"), null, false, "percent"));
    assertEquals("۳٫۲ میلیون", fa.format(n("3200000"), "people", false, "compact"));
    assertEquals("حدود ۳٫۲ میلیون", fa.format(n("3200000"), "people", true));
    assertEquals(LRM + "\u2212۸۸۰٬۰۰۰", fa.format(n("-880000"), null, false));
    assertEquals("3200000", fa.format(n("3200000"), "people", false, "plain"));
  }

  @Test
  void pashtoInAfghanistanHasItsOwnScaleWords() {
    ValueFormatter ps = values("ps", "ps-AF");
    assertEquals("۷۵۷٬۰۰۸", ps.format(n("757008"), "people", false));
    assertEquals("۱۲٫۵٪", ps.format(n("12.5"), "percent", false));
    assertEquals("۲۳٫۷٪", ps.format(n("0.237"), null, false, "percent"));
    assertEquals("۳٫۲ میلیونه", ps.format(n("3200000"), "people", false, "compact"));
    assertEquals("نږدې ۳٫۲ میلیونه", ps.format(n("3200000"), "people", true));
    assertEquals("۸۸۰ زره", ps.format(n("880000"), null, false, "compact"));
    assertEquals("۱ میلیون", ps.format(n("1000000"), null, false, "compact"));
    assertEquals("۱ میلیارد", ps.format(n("999999999"), null, false, "compact"));
    assertEquals("۱٫۵ میلیارده", ps.format(n("1500000000"), null, false, "compact"));
    assertEquals("۲ ټریلیونه", ps.format(n("2000000000000"), null, false, "compact"));
    assertEquals(LRM + "-" + LRM + "۳٫۲ میلیونه", ps.format(n("-3200000"), null, false, "compact"));
  }

  @Test
  void pashtoWithLatinDigitsGroupsWithAPoint() {
    ValueFormatter ps = values("ps", "ps-AF-u-nu-latn");
    assertEquals("757.008", ps.format(n("757008"), "people", false));
    assertEquals("3,2 میلیونه", ps.format(n("3200000"), "people", false, "compact"));
    assertEquals("12,5%", ps.format(n("12.5"), "percent", false));
  }

  @Test
  void urduInPakistanWritesLatinDigitsAndLakhs() {
    ValueFormatter ur = values("ur", "ur-PK");
    assertEquals("757,008", ur.format(n("757008"), "people", false));
    assertEquals("12.5%", ur.format(n("12.5"), "percent", false));
    assertEquals("23.7%", ur.format(n("0.237"), null, false, "percent"));
    assertEquals("32 لاکھ", ur.format(n("3200000"), "people", false, "compact"));
    assertEquals("تقریباً 32 لاکھ", ur.format(n("3200000"), "people", true));
    assertEquals("1.5 ارب", ur.format(n("1500000000"), null, false, "compact"));
  }

  @Test
  void urduWithPersianDigitsWhenTheLocaleSaysSo() {
    ValueFormatter ur = values("ur", "ur-PK-u-nu-arabext");
    assertEquals("۷۵۷٬۰۰۸", ur.format(n("757008"), "people", false));
    assertEquals("۱۲٫۵%", ur.format(n("12.5"), "percent", false));
    assertEquals("تقریباً ۳۲ لاکھ", ur.format(n("3200000"), "people", true));
  }

  @Test
  void datesAndSpansInEachLocalesDigitsAndMonths() {
    assertDates("fa", "fa-AF", "۲۶ نومبر ۲۰۲۶", "نومبر ۲۰۲۳", "نومبر ۲۰۲۳ تا ۲۰۲۴");
    assertDates("ps", "ps-AF", "د ۲۰۲۶ د نومبر ۲۶", "نومبر ۲۰۲۳", "له نومبر ۲۰۲۳ تر ۲۰۲۴ پورې");
    assertDates("ur", "ur-PK", "26 نومبر، 2026", "نومبر 2023", "نومبر 2023 تا 2024");
    assertDates("ur", "ur-PK-u-nu-arabext", "۲۶ نومبر، ۲۰۲۶", "نومبر ۲۰۲۳", "نومبر ۲۰۲۳ تا ۲۰۲۴");
  }

  private static void assertDates(
      String language, String tag, String day, String month, String span) {
    Locale locale = Locale.forLanguageTag(tag);
    DateText dates = new DateText(locale);
    Words words = TestWords.of(language, locale);
    assertEquals(day, dates.format(date("2026-11-26")), tag);
    assertEquals(month, dates.format(date("2023-11")), tag);
    assertEquals(span, dates.current(List.of(date("2023-11"), date("2024")), words), tag);
  }

  @Test
  void theFormsDoNotDependOnTheMachinesLocale() {
    Locale before = Locale.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      assertEquals(
          "۳٫۲ میلیونه", values("ps", "ps-AF").format(n("3200000"), null, false, "compact"));
      Locale.setDefault(Locale.forLanguageTag("ar-EG"));
      assertEquals("757,008", values("ur", "ur-PK").format(n("757008"), null, false));
    } finally {
      Locale.setDefault(before);
    }
  }
}
