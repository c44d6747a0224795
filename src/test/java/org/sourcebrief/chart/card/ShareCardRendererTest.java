package org.sourcebrief.chart.card;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartStyle;
import org.sourcebrief.chart.SyntheticCharts;
import org.sourcebrief.content.ChartType;

/**
 * Share cards drawn from synthetic data (labelled as test data on every card). To look at them, run
 * {@code mvn -q test -Dtest=ShareCardRendererTest -Dsourcebrief.cards=/tmp/cards}.
 */
class ShareCardRendererTest {

  private static final String SITE = SyntheticCharts.SITE;
  private static final String SOURCE = SyntheticCharts.SOURCE;

  private final ShareCardRenderer renderer = new ShareCardRenderer();

  static Map<String, ShareCard> cards() {
    Map<String, ShareCard> cards = new LinkedHashMap<>();
    cards.put("fact", fact("757,008", "November 2023 \u2013 October 2024"));
    cards.put("fact-approximate", fact("about 3.2 million", "as of October 2024"));
    cards.put(
        "fact-many-sources",
        ShareCard.ofFact(
            "Synthetic returns briefing (test data)",
            SITE,
            "Sources: Synthetic Ministry of Test Affairs; joint statement of the Synthetic Refugee"
                + " Agency and the Synthetic Migration Office; Synthetic Rights Group, via"
                + " Sourcebrief test suite",
            Locale.US,
            new ShareCard.Fact("12.5%", "Synthetic share of returns (test data)", "2024")));
    for (String type : ChartType.ids()) {
      cards.put(
          "chart-" + type,
          ShareCard.ofChart(
              "Synthetic briefing on returns (test data)",
              SITE,
              SOURCE,
              Locale.US,
              SyntheticCharts.of(type, Locale.US)));
    }
    ChartData bar = SyntheticCharts.fiveBars(Locale.US);
    cards.put("chart-figure-page", ShareCard.ofChart(bar.title(), SITE, SOURCE, Locale.US, bar));
    cards.put(
        "title",
        ShareCard.titleOnly("About this synthetic briefing (test data)", SITE, "", Locale.US));
    cards.put("long", longCard(new ShareCard.Fact(repeat("7", 60), repeat("label", 80), "2024")));
    cards.put("long-chart", longCard(new ShareCard.Chart(bar)));
    cards.put("long-title", longCard(new ShareCard.None()));
    cards.put("rtl", rightToLeft());
    cards.put("empty", new ShareCard(null, null, null, null, null));
    return cards;
  }

  static List<String> kinds() {
    return List.copyOf(cards().keySet());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void everyKindOfCardIsTheOpenGraphSize(String kind) throws IOException {
    BufferedImage image = decode(renderer.png(cards().get(kind)));
    assertNotNull(image, kind);
    assertEquals(1200, image.getWidth());
    assertEquals(630, image.getHeight());
  }

  @ParameterizedTest
  @MethodSource("kinds")
  void sameCardGivesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String kind) {
    ShareCard card = cards().get(kind);
    byte[] png = renderer.png(card);
    assertArrayEquals(png, renderer.png(card), "a second render");
    for (String tag : List.of("tr-TR", "ar-EG")) {
      withDefaults(
          Locale.forLanguageTag(tag),
          TimeZone.getTimeZone("Asia/Kabul"),
          () -> assertArrayEquals(png, renderer.png(card), "under " + tag));
    }
  }

  @Test
  void theFooterBandCarriesTheSourceAndTheSiteName() throws IOException {
    BufferedImage withSource = decode(renderer.png(cards().get("fact")));
    BufferedImage blank =
        decode(renderer.png(new ShareCard("", "", "", Locale.US, new ShareCard.None())));
    assertEquals(ChartStyle.TEXT.getRGB(), withSource.getRGB(2, 627), "the band is dark");
    assertTrue(lightPixels(withSource, 60, 560, 560) > 500, "source text at the left of the band");
    assertTrue(lightPixels(withSource, 900, 1140, 560) > 300, "site name at the right");
    assertEquals(0, lightPixels(blank, 0, 1200, 560), "nothing drawn in an empty band");
  }

  @Test
  void aRightToLeftCardPutsTheSiteNameOnTheLeft() throws IOException {
    BufferedImage rtl = decode(renderer.png(rightToLeft()));
    assertTrue(lightPixels(rtl, 60, 300, 560) > 300, "site name at the left");
    assertTrue(lightPixels(rtl, 900, 1140, 560) > 300, "source at the right");
  }

  @Test
  void theFigureIsDrawnInTheChartBlue() throws IOException {
    BufferedImage fact = decode(renderer.png(cards().get("fact")));
    BufferedImage title = decode(renderer.png(cards().get("title")));
    int blue = ChartStyle.SERIES[0].getRGB();
    assertTrue(count(fact, blue, 11) > 5_000, "a large value below the accent bar");
    assertEquals(0, count(title, blue, 11), "a title-only card has no figure");
  }

  @Test
  void rendersInParallelToTheSameBytes() throws Exception {
    List<java.util.function.Supplier<byte[]>> renders = new ArrayList<>();
    for (ShareCard card : cards().values()) renders.add(() -> renderer.png(card));
    org.sourcebrief.testing.InParallel.assertSameBytes(renders, 2);
  }

  @Test
  void aMissingFigureIsATitleOnlyCard() {
    ShareCard card = new ShareCard("T", "S", "Source: X", Locale.US, null);
    assertEquals(new ShareCard.None(), card.figure());
    assertArrayEquals(
        renderer.png(ShareCard.titleOnly("T", "S", "Source: X", Locale.US)), renderer.png(card));
    assertFalse(card.rightToLeft());
    assertTrue(rightToLeft().rightToLeft());
  }

  /** Writes every card to the folder named by {@code -Dsourcebrief.cards}, for looking at. */
  @Test
  void writesPreviewsWhenAsked() throws IOException {
    String dir = System.getProperty("sourcebrief.cards");
    Assumptions.assumeTrue(dir != null, "set -Dsourcebrief.cards=/tmp/cards to look at the cards");
    Files.createDirectories(Path.of(dir));
    for (Map.Entry<String, ShareCard> e : cards().entrySet()) {
      long start = System.nanoTime();
      byte[] png = renderer.png(e.getValue());
      long micros = (System.nanoTime() - start) / 1000;
      Files.write(Path.of(dir, e.getKey() + ".png"), png);
      System.out.printf(Locale.ROOT, "%-20s %7d bytes %6d us%n", e.getKey(), png.length, micros);
    }
  }

  private static ShareCard fact(String value, String period) {
    return ShareCard.ofFact(
        "Synthetic returns briefing (test data)",
        SITE,
        SOURCE,
        Locale.US,
        new ShareCard.Fact(
            value, "Synthetic people sent back across the border (test data)", period));
  }

  private static ShareCard longCard(ShareCard.Figure figure) {
    return new ShareCard(
        repeat("A very long synthetic title that goes on", 12),
        repeat("Site", 30),
        "Source: " + repeat("Synthetic publisher with a long name, via another report", 10),
        Locale.US,
        figure);
  }

  private static ShareCard rightToLeft() {
    return ShareCard.ofFact(
        "بازگشت افغان‌ها از پاکستان (داده آزمایشی)",
        "سایت آزمایشی",
        "منبع: داده‌های آزمایشی، از طریق مجموعه آزمون",
        Locale.forLanguageTag("fa-AF"),
        new ShareCard.Fact("757,008", "افراد بازگردانده شده (داده آزمایشی)", "۲۰۲۳–۲۰۲۴"));
  }

  private static String repeat(String word, int times) {
    String[] words = new String[times];
    Arrays.fill(words, word);
    return String.join(" ", words);
  }

  private static BufferedImage decode(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Near-white pixels in the footer band, below {@code fromY} and between two x positions. */
  private static int lightPixels(BufferedImage image, int fromX, int toX, int fromY) {
    int n = 0;
    for (int y = fromY; y < image.getHeight(); y++) {
      for (int x = fromX; x < toX; x++) {
        if ((image.getRGB(x, y) & 0xff) > 0xc0) {
          n++;
        }
      }
    }
    return n;
  }

  private static int count(BufferedImage image, int rgb, int fromY) {
    int n = 0;
    for (int y = fromY; y < image.getHeight(); y++) {
      for (int x = 0; x < image.getWidth(); x++) {
        if (image.getRGB(x, y) == rgb) {
          n++;
        }
      }
    }
    return n;
  }

  private static void withDefaults(Locale locale, TimeZone zone, Runnable body) {
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale main = Locale.getDefault();
    TimeZone tz = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      body.run();
    } finally {
      Locale.setDefault(main);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(tz);
    }
  }
}
