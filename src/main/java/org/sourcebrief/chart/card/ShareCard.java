package org.sourcebrief.chart.card;

import java.util.Locale;
import java.util.Objects;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartFonts;

/**
 * What one share card shows: the page title, its key figure, where the figure comes from and whose
 * site it is. Two equal cards give byte-identical images.
 *
 * @param title the page title
 * @param siteName the site's title, shown at the end of the footer
 * @param sourceLine e.g. "Source: United Nations, via News report, Kabul dateline"; blank for a
 *     page without one
 * @param locale the site locale; a right-to-left language mirrors the layout
 * @param figure a {@link Chart}, a headline {@link Fact}, or {@link None} for a title-only card
 */
public record ShareCard(
    String title, String siteName, String sourceLine, Locale locale, Figure figure) {

  /** Missing text draws as nothing, a missing figure as a title-only card. */
  public ShareCard {
    title = Objects.requireNonNullElse(title, "");
    siteName = Objects.requireNonNullElse(siteName, "");
    sourceLine = Objects.requireNonNullElse(sourceLine, "");
    locale = Objects.requireNonNullElse(locale, Locale.ROOT);
    figure = Objects.requireNonNullElse(figure, new None());
  }

  /** The key figure of a card. */
  public sealed interface Figure permits Chart, Fact, None {}

  /** A chart drawn into the card, as on its figure page. */
  public record Chart(ChartData data) implements Figure {
    public Chart {
      Objects.requireNonNull(data, "data");
    }
  }

  /**
   * A headline fact as the page shows it.
   *
   * @param value the formatted value, e.g. "757,008" or "about 3.2 million"
   * @param label e.g. "Undocumented Afghans sent back from Pakistan"
   * @param period e.g. "November 2023 – October 2024" or "as of 31 October 2024"; may be blank
   */
  public record Fact(String value, String label, String period) implements Figure {
    public Fact {
      value = Objects.requireNonNullElse(value, "");
      label = Objects.requireNonNullElse(label, "");
      period = Objects.requireNonNullElse(period, "");
    }
  }

  /** No key figure: the title is the card. */
  public record None() implements Figure {}

  public static ShareCard ofChart(
      String title, String siteName, String sourceLine, Locale locale, ChartData chart) {
    return new ShareCard(title, siteName, sourceLine, locale, new Chart(chart));
  }

  public static ShareCard ofFact(
      String title, String siteName, String sourceLine, Locale locale, Fact fact) {
    return new ShareCard(title, siteName, sourceLine, locale, fact);
  }

  public static ShareCard titleOnly(
      String title, String siteName, String sourceLine, Locale locale) {
    return new ShareCard(title, siteName, sourceLine, locale, new None());
  }

  /**
   * Whether the layout runs right to left: title and source on the right, site name on the left.
   */
  boolean rightToLeft() {
    return fonts().rightToLeft();
  }

  /** The bundled typeface for the card's language. */
  ChartFonts fonts() {
    java.util.List<String> texts =
        new java.util.ArrayList<>(java.util.List.of(title, siteName, sourceLine));
    if (figure instanceof Chart c) texts.addAll(org.sourcebrief.chart.ChartFonts.textsOf(c.data()));
    if (figure instanceof Fact f)
      texts.addAll(java.util.Arrays.asList(f.value(), f.label(), f.period()));
    return ChartFonts.of(locale, texts);
  }
}
