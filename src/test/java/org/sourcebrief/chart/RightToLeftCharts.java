package org.sourcebrief.chart;

import java.util.List;
import java.util.Locale;
import org.sourcebrief.content.ChartType;

/**
 * Charts in Dari, Pashto and Urdu for tests and previews. The numbers are invented test data; the
 * labels are the kind a briefing on Afghans in Pakistan uses.
 */
public final class RightToLeftCharts {

  public static final Locale DARI = Locale.forLanguageTag("fa-AF");
  public static final Locale PASHTO = Locale.forLanguageTag("ps-AF");
  public static final Locale URDU = Locale.forLanguageTag("ur-PK");

  public static final List<String> DARI_STATUSES =
      List.of("پناهجویان ثبت‌شده", "سایر وضعیت قانونی", "هیچ‌کدام (محاسبه‌شده)");

  private RightToLeftCharts() {}

  public static ChartData dariBars() {
    return new ChartData(
        "dari_bar",
        ChartType.BAR,
        "افغان‌ها در پاکستان بر اساس وضعیت قانونی",
        "نمودار میله‌ای با داده‌های آزمایشی.",
        "نفر",
        DARI_STATUSES,
        List.of(SyntheticCharts.series("افغان‌ها", 1_300_000, 800_000, 600_000)),
        "منبع: UNHCR، از طریق گزارش خبری",
        "بازگشت افغان‌ها از پاکستان",
        DARI);
  }

  public static ChartData dariDonut() {
    return new ChartData(
        "dari_donut",
        ChartType.DONUT,
        "افغان‌ها در پاکستان بر اساس وضعیت قانونی",
        "نمودار حلقه‌ای با داده‌های آزمایشی.",
        null,
        DARI_STATUSES,
        List.of(SyntheticCharts.series("افغان‌ها", 1_300_000, 800_000, 600_000)),
        "منبع: UNHCR، از طریق گزارش خبری",
        "بازگشت افغان‌ها از پاکستان",
        DARI);
  }

  /** Years as strings, two series: a legend, and categories that must run right to left. */
  public static ChartData dariLines() {
    return new ChartData(
        "dari_line",
        ChartType.LINE,
        "بازگشت افغان‌ها بر اساس سال",
        "نمودار خطی با داده‌های آزمایشی.",
        "نفر",
        List.of("2021", "2022", "2023", "2024"),
        List.of(
            SyntheticCharts.series("بازگشت داوطلبانه", 80_000, 150_000, 450_000, 900_000),
            SyntheticCharts.series("اخراج‌شدگان", 20_000, 40_000, 120_000, 300_000)),
        "منبع: UNHCR",
        "بازگشت افغان‌ها از پاکستان",
        DARI);
  }

  public static ChartData urduBars() {
    return new ChartData(
        "urdu_bar",
        ChartType.BAR,
        "پاکستان میں افغان قانونی حیثیت کے لحاظ سے",
        "آزمائشی اعداد و شمار کا بار چارٹ۔",
        "افراد",
        List.of("رجسٹرڈ پناہ گزین", "دیگر قانونی حیثیت", "کوئی نہیں (اندازہ)"),
        List.of(SyntheticCharts.series("افغان", 1_300_000, 800_000, 600_000)),
        "ماخذ: اقوام متحدہ",
        "پاکستان سے واپسی",
        URDU);
  }

  public static ChartData pashtoBars() {
    return new ChartData(
        "pashto_bar",
        ChartType.BAR,
        "د پاکستان څخه راستنیدونکي",
        "د ازمایښتي معلوماتو میله ییز چارټ.",
        "کسان",
        List.of("ثبت شوي کډوال", "نور قانوني حیثیت", "هیڅ"),
        List.of(SyntheticCharts.series("افغانان", 1_300_000, 800_000, 600_000)),
        "سرچینه: UNHCR",
        "له پاکستان څخه راستنیدنه",
        PASHTO);
  }
}
