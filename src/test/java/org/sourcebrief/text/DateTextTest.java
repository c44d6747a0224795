package org.sourcebrief.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class DateTextTest {
  private static PartialDate date(String text) {
    return PartialDate.parse(text).orElseThrow();
  }

  @Test
  void datesReadInTheLocalesWordsAndDigits() {
    DateText en = new DateText(Locale.US);
    assertEquals("2024", en.format(date("2024")));
    assertEquals("November 2023", en.format(date("2023-11")));
    assertEquals("November 26, 2026", en.format(date("2026-11-26")));
    DateText dari = new DateText(Locale.forLanguageTag("fa-AF"));
    assertEquals("۲۰۲۴", dari.format(date("2024")));
    assertEquals("نومبر ۲۰۲۳", dari.format(date("2023-11")));
    assertEquals("۲۶ نومبر ۲۰۲۶", dari.format(date("2026-11-26")));
  }

  @Test
  void howCurrentASetOfDatesIs() {
    DateText en = new DateText(Locale.US);
    Words words = TestWords.of(Locale.US);
    assertEquals("", en.current(List.of(), words));
    assertEquals("October 2024", en.current(List.of(date("2024-10")), words));
    assertEquals("2024", en.current(List.of(date("2024-03"), date("2024-10")), words));
    assertEquals(
        "November 2023 to 2024", en.current(List.of(date("2023-11"), date("2024")), words));
    DateText dari = new DateText(Locale.forLanguageTag("fa-AF"));
    assertEquals("۲۰۲۴", dari.current(List.of(date("2024-03"), date("2024-10")), words));
  }
}
