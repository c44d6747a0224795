package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebrief.chart.svg.SvgCanvas;

/** Charts in Dari, Pashto and Urdu: shaped, mirrored, in their own digits, always the same. */
class RightToLeftChartTest {

  private final ChartRenderer renderer = new ChartRenderer();

  static List<ChartData> charts() {
    return List.of(
        RightToLeftCharts.dariBars(),
        RightToLeftCharts.dariDonut(),
        RightToLeftCharts.dariLines(),
        RightToLeftCharts.pashtoBars(),
        RightToLeftCharts.urduBars());
  }

  @Test
  void theFontFollowsTheLanguage() {
    assertEquals("Vazirmatn", ChartFonts.of(RightToLeftCharts.DARI).name());
    assertEquals("Vazirmatn", ChartFonts.of(RightToLeftCharts.PASHTO).name());
    assertEquals("Noto Nastaliq Urdu", ChartFonts.of(RightToLeftCharts.URDU).name());
    assertEquals("DejaVu Sans Condensed", ChartFonts.of(Locale.US).name());
    assertTrue(ChartFonts.of(RightToLeftCharts.URDU).rightToLeft());
    assertFalse(ChartFonts.of(Locale.forLanguageTag("de-DE")).rightToLeft());
  }

  /** Letters drawn one by one, unjoined, would take as much room as the word. */
  @ParameterizedTest
  @MethodSource("words")
  void arabicLettersAreJoined(Locale locale, String word) {
    ChartFonts fonts = ChartFonts.of(locale);
    float joined = laidOut(word, fonts).getAdvance();
    float isolated = 0;
    for (int i = 0; i < word.length(); i++) {
      isolated += laidOut(word.substring(i, i + 1), fonts).getAdvance();
    }
    assertTrue(joined < 0.9f * isolated, word + ": joined " + joined + ", isolated " + isolated);
  }

  static List<Object[]> words() {
    return List.of(
        new Object[] {RightToLeftCharts.DARI, "پناهجویان"},
        new Object[] {RightToLeftCharts.PASHTO, "راستنیدونکي"},
        new Object[] {RightToLeftCharts.URDU, "پاکستان"});
  }

  /**
   * A line starting with Latin letters still reads right to left: its Latin run is at the right.
   */
  @Test
  void aLineStartingWithLatinIsARightToLeftParagraph() {
    TextLayout line = laidOut("UNHCR گزارش", ChartFonts.of(RightToLeftCharts.DARI));
    assertFalse(line.isLeftToRight());
    assertTrue(laidOut("UNHCR report", ChartFonts.of(Locale.US)).isLeftToRight());
  }

  @Test
  void theValueAxisIsAtTheRightAndTheFirstCategoryAtTheRight() {
    Plot rtl = Plot.of(RightToLeftCharts.dariBars());
    assertFalse(rtl.tickLabels.isEmpty());
    for (Rectangle2D tick : rtl.tickLabels) {
      assertTrue(tick.getMinX() > rtl.centre, "tick label at x " + tick.getMinX());
    }
    // The values fall from the first category to the last, so the tallest bar is the first.
    assertEquals(rtl.bars.get(rtl.bars.size() - 1), tallest(rtl.bars), "first bar at the right");

    Plot ltr = Plot.of(SyntheticCharts.fiveBars(Locale.US));
    for (Rectangle2D tick : ltr.tickLabels) {
      assertTrue(tick.getMaxX() < ltr.centre, "tick label at x " + tick.getMaxX());
    }
    assertEquals(ltr.bars.get(0), tallest(ltr.bars), "first bar at the left");
  }

  @Test
  void numbersAreWrittenInTheLocalesDigits() {
    assertTrue(new NumberLabels(RightToLeftCharts.DARI).compact(1_300_000).startsWith("۱٫۳"));
    assertTrue(new NumberLabels(RightToLeftCharts.PASHTO).compact(800_000).startsWith("۸۰۰"));
    // CLDR writes Urdu in Pakistan with Latin digits.
    assertTrue(new NumberLabels(RightToLeftCharts.URDU).compact(800_000).startsWith("8"));
  }

  @ParameterizedTest
  @MethodSource("charts")
  void sameDataGivesTheSameBytesWhateverTheDefaultLocale(ChartData d) {
    byte[] svg = renderer.svg(d);
    byte[] png = renderer.png(d);
    assertArrayEquals(svg, renderer.svg(d), "a second render");
    assertArrayEquals(png, renderer.png(d), "a second render");
    for (String tag : List.of("tr-TR", "de-DE", "ar-EG", "fa-IR")) {
      withDefaultLocale(
          Locale.forLanguageTag(tag),
          () -> {
            assertArrayEquals(svg, renderer.svg(d), "SVG under " + tag);
            assertArrayEquals(png, renderer.png(d), "PNG under " + tag);
          });
    }
  }

  @ParameterizedTest
  @MethodSource("charts")
  void everyTestChartCanBeDrawnInItsFont(ChartData d) {
    assertEquals(Set.of(), GlyphCheck.gaps(d));
  }

  @Test
  void anUrduChartWithLatinLettersIsSetInVazirmatnAndReportsNothing() {
    ChartData urdu = RightToLeftCharts.urduBars();
    ChartData withLatin =
        new ChartData(
            urdu.id(),
            urdu.type(),
            urdu.title(),
            urdu.alt(),
            urdu.yLabel(),
            List.of("PoR کارڈ", "دیگر", "کوئی نہیں"),
            urdu.series(),
            urdu.sourceLine(),
            urdu.siteName(),
            urdu.locale());
    assertEquals("Vazirmatn", ChartFonts.of(withLatin).name());
    assertEquals("Noto Nastaliq Urdu", ChartFonts.of(urdu).name());
    assertEquals(Set.of(), GlyphCheck.gaps(withLatin));
    ChartData withHan =
        new ChartData(
            urdu.id(),
            urdu.type(),
            urdu.title(),
            urdu.alt(),
            urdu.yLabel(),
            List.of("کارڈ 中", "دیگر", "کوئی نہیں"),
            urdu.series(),
            urdu.sourceLine(),
            urdu.siteName(),
            urdu.locale());
    List<GlyphCheck.Gap> gaps = new ArrayList<>(GlyphCheck.gaps(withHan));
    assertEquals(1, gaps.size(), gaps.toString());
    assertEquals("中 (U+4E2D)", gaps.get(0).character());
    assertEquals("Noto Nastaliq Urdu", gaps.get(0).font());
  }

  @Test
  void anEmojiInAnEnglishChartIsReported() {
    ChartData bars = SyntheticCharts.fiveBars(Locale.US);
    ChartData withEmoji =
        new ChartData(
            bars.id(),
            bars.type(),
            "Returns \uD83D\uDCC8 by status",
            bars.alt(),
            bars.yLabel(),
            bars.categories(),
            bars.series(),
            bars.sourceLine(),
            "\u8fd4\u56de site",
            bars.locale());
    List<GlyphCheck.Gap> gaps = new ArrayList<>(GlyphCheck.gaps(withEmoji));
    assertEquals(2, gaps.size(), gaps.toString());
    assertEquals("\uD83D\uDCC8 (U+1F4C8)", gaps.get(0).character());
    assertEquals("DejaVu Sans Condensed", gaps.get(0).font());
    assertEquals("\u8fd4 (U+8FD4)", gaps.get(1).character(), "the site's name, as baked in");
  }

  /** Joiners and direction marks draw nothing, and are no reason to stop a build. */
  @Test
  void invisibleFormatCharactersAreNotReported() {
    for (Locale locale : List.of(Locale.US, RightToLeftCharts.DARI, RightToLeftCharts.URDU)) {
      for (String text : List.of("\u200c", "\u200d", "\u200e", "\u200f")) {
        assertTrue(GlyphCheck.gap(text, ChartFonts.of(locale)).isEmpty(), locale + " " + text);
      }
    }
  }

  private static TextLayout laidOut(String text, ChartFonts fonts) {
    return TextLines.wrap(text, fonts.regular(ChartStyle.LABEL_SIZE), 10_000, 1).get(0);
  }

  private static Rectangle2D tallest(List<Rectangle2D> bars) {
    return bars.stream().max(Comparator.comparingDouble(Rectangle2D::getHeight)).orElseThrow();
  }

  /** The bars, left to right, and the tick labels (text above the baseline) of a bar chart. */
  private record Plot(List<Rectangle2D> bars, List<Rectangle2D> tickLabels, double centre) {
    static Plot of(ChartData d) {
      SvgCanvas canvas = new SvgCanvas();
      canvas.setFont(ChartFonts.of(d.locale()).regular(ChartStyle.LABEL_SIZE));
      ChartFrame.paint(canvas, d, ChartStyle.SVG_WIDTH, ChartStyle.SVG_HEIGHT);
      List<Rectangle2D> bars = new ArrayList<>();
      double baseline = 0;
      for (SvgCanvas.Mark m : canvas.marks()) {
        Rectangle2D b = m.shape().getBounds2D();
        if (XChartSetup.colour(0).equals(m.color())) bars.add(b);
        if (ChartStyle.GRID.equals(m.color())) baseline = Math.max(baseline, b.getCenterY());
      }
      List<Rectangle2D> ticks = new ArrayList<>();
      for (SvgCanvas.Mark m : canvas.marks()) {
        Rectangle2D b = m.shape().getBounds2D();
        if (ChartStyle.MUTED_TEXT.equals(m.color()) && b.getCenterY() < baseline + 4) ticks.add(b);
      }
      bars.sort(Comparator.comparingDouble(Rectangle2D::getCenterX));
      return new Plot(bars, ticks, ChartStyle.SVG_WIDTH / 2.0);
    }
  }

  private static void withDefaultLocale(Locale locale, Runnable body) {
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale main = Locale.getDefault();
    TimeZone tz = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kabul"));
      body.run();
    } finally {
      Locale.setDefault(main);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(tz);
    }
  }
}
