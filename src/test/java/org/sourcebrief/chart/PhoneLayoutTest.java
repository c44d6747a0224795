package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.BigRange;
import net.jqwik.api.constraints.Scale;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.sourcebrief.content.ChartType;

/** The phone layout, calculated points and the values written on a chart. */
class PhoneLayoutTest {

  private final ChartRenderer renderer = new ChartRenderer();

  @ParameterizedTest
  @ValueSource(strings = {"bar", "stacked_bar", "line", "area", "donut"})
  void bothLayoutsAreTheSameBytesWhateverTheDefaultLocale(String type) {
    for (Locale chart : List.of(Locale.US, Locale.forLanguageTag("fa-AF"))) {
      ChartData d = SyntheticCharts.of(type, chart);
      byte[] wide = renderer.svg(d);
      byte[] narrow = renderer.narrowSvg(d);
      assertArrayEquals(narrow, renderer.narrowSvg(d), "a second render");
      for (String tag : List.of("tr-TR", "de-DE", "ar-EG")) {
        withDefault(
            Locale.forLanguageTag(tag),
            () -> {
              assertArrayEquals(wide, renderer.svg(d), "wide SVG under " + tag);
              assertArrayEquals(narrow, renderer.narrowSvg(d), "narrow SVG under " + tag);
            });
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"bar", "line", "donut"})
  void theNarrowLayoutIsPhoneSizedWithTheSameNameAndDescription(String type) {
    ChartData d = SyntheticCharts.of(type, Locale.US);
    String wide = text(renderer.svg(d));
    String narrow = text(renderer.narrowSvg(d));
    assertTrue(
        narrow.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"360\""), narrow);
    assertTrue(narrow.contains("height=\"440\" viewBox=\"0 0 360 440\""), narrow);
    assertEquals(between(wide, "<title", "</desc>"), between(narrow, "<title", "</desc>"));
  }

  @Test
  void aCalculatedBarIsHatchedAndTheKeySaysSo() {
    ChartData sourced = bars(List.of(false, false, false));
    ChartData calculated = bars(List.of(false, false, true));
    String plain = text(renderer.svg(sourced));
    String marked = text(renderer.svg(calculated));
    // The pale tint of the series blue, and the lines over it clipped to the bar.
    assertFalse(plain.contains(TINT), "no sourced bar is tinted");
    assertTrue(marked.contains("fill=\"" + TINT + "\""), "the calculated bar is tinted");
    assertTrue(marked.contains("clip-path=\"url(#"), "the hatching is clipped to its bar");
    assertFalse(plain.contains("clip-path"), plain);
    assertTrue(marked.length() > plain.length() + 500, "the key entry adds a swatch and a word");
    assertTrue(text(renderer.narrowSvg(calculated)).contains("fill=\"" + TINT + "\""));
  }

  @Test
  void aCalculatedPointOnALineIsAHollowRing() {
    ChartData d = SyntheticCharts.line(Locale.US);
    ChartData.Series first = d.series().get(0);
    List<Boolean> derived = new ArrayList<>();
    for (int i = 0; i < first.values().size(); i++) derived.add(i == 2);
    ChartData marked =
        d.with(
            d.categories(),
            List.of(new ChartData.Series(first.name(), first.values(), derived, List.of())));
    ChartData plain = d.with(d.categories(), List.of(first));
    String ring = "fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2.5\" stroke-linecap=\"square\"";
    assertTrue(text(renderer.svg(marked)).contains(ring), "a ring in the series colour");
    assertFalse(text(renderer.svg(plain)).contains(ring));
  }

  @Test
  void theDonutKeyWritesValuesAsTheProseDoesAndNamesTheCalculatedSlice() {
    ChartData d =
        new ChartData(
            "shares",
            ChartType.DONUT,
            "Shares",
            "Donut chart.",
            "",
            List.of("Registered", "Other", "Neither"),
            List.of(
                new ChartData.Series(
                    "People",
                    decimals("1300000", "880000", "1020000"),
                    List.of(false, false, true),
                    List.of("about 1.3 million", "880,000", "about 1 million"))),
            "Source: test",
            "Test",
            Locale.US,
            "calculated");
    assertEquals(
        List.of(
            "about 1.3 million (41%)", "880,000 (27%)", "about 1 million (32%) \u00b7 calculated"),
        DonutLegend.details(d));
  }

  @Property(tries = 300)
  void theDonutKeysSharesAlwaysAddUpToAHundred(
      @ForAll @Size(min = 1, max = 12)
          List<@BigRange(min = "0", max = "5000000") @Scale(3) BigDecimal> values) {
    ChartData d =
        new ChartData(
            "shares",
            ChartType.DONUT,
            "Shares",
            "Donut chart.",
            "",
            values.stream().map(v -> "slice").toList(),
            List.of(new ChartData.Series("People", values)),
            "Source: test",
            "Test",
            Locale.US);
    boolean someValue = values.stream().anyMatch(v -> v.signum() > 0);
    int sum = 0;
    for (String detail : DonutLegend.details(d)) {
      Matcher m = Pattern.compile("\\((<?)(\\d+)%\\)$").matcher(detail);
      if (!m.find()) {
        assertFalse(someValue, "a share is written when the slices have a total: " + detail);
        continue;
      }
      sum += m.group(1).isEmpty() ? Integer.parseInt(m.group(2)) : 0;
    }
    assertEquals(someValue ? 100 : 0, sum, values.toString());
  }

  private static final String TINT = "#b3d5e8";

  private static ChartData bars(List<Boolean> derived) {
    return new ChartData(
        "statuses",
        ChartType.BAR,
        "Afghans in Pakistan by status",
        "Bar chart.",
        "People",
        List.of("Registered refugees", "Other legal status", "Neither"),
        List.of(
            new ChartData.Series(
                "People", decimals("1300000", "880000", "1020000"), derived, List.of())),
        "Source: test",
        "Test",
        Locale.US,
        "calculated");
  }

  private static List<BigDecimal> decimals(String... values) {
    return List.of(values).stream().map(BigDecimal::new).toList();
  }

  private static String text(byte[] svg) {
    return new String(svg, StandardCharsets.UTF_8);
  }

  private static String between(String s, String from, String to) {
    return s.substring(s.indexOf(from), s.indexOf(to) + to.length());
  }

  private static void withDefault(Locale locale, Runnable body) {
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
