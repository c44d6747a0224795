package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.sourcebrief.content.ChartType;

/**
 * Everything that shapes one rendered chart, already checked and resolved: the values come from
 * facts or sourced tables, the source line names where they come from. Two equal ChartData give
 * byte-identical images.
 *
 * @param id the chart id; also the prefix of every id inside its SVG
 * @param categories the x-axis labels (bar, line, area) or slice labels (donut), in order
 * @param series one or more series, each with one value per category (donut: exactly one)
 * @param sourceLine e.g. "Source: United Nations, via News report, Kabul dateline"
 * @param siteName the site's title, baked into the PNG
 * @param calculated the word that marks a calculated point in the key ("calculated")
 */
public record ChartData(
    String id,
    ChartType type,
    String title,
    String alt,
    String yLabel,
    List<String> categories,
    List<Series> series,
    String sourceLine,
    String siteName,
    Locale locale,
    String calculated) {

  /** A chart whose key, should it need one, says "calculated" in English. */
  public ChartData(
      String id,
      ChartType type,
      String title,
      String alt,
      String yLabel,
      List<String> categories,
      List<Series> series,
      String sourceLine,
      String siteName,
      Locale locale) {
    this(
        id,
        type,
        title,
        alt,
        yLabel,
        categories,
        series,
        sourceLine,
        siteName,
        locale,
        "calculated");
  }

  /** {@code d} with other categories and series, for drawing a reordered or thinned chart. */
  ChartData with(List<String> newCategories, List<Series> newSeries) {
    return new ChartData(
        id,
        type,
        title,
        alt,
        yLabel,
        newCategories,
        newSeries,
        sourceLine,
        siteName,
        locale,
        calculated);
  }

  /** Whether any point was calculated from other facts rather than sourced directly. */
  boolean anyDerived() {
    return series.stream().anyMatch(s -> s.derived().contains(Boolean.TRUE));
  }

  /**
   * One named series; {@code values.get(i)} belongs to {@code categories.get(i)}. {@code
   * derived.get(i)} says the point was calculated from other facts; {@code texts.get(i)} is its
   * value as the page's prose writes it ("about 1 million"), or null where there is none. Both may
   * be shorter than {@code values}: a point beyond them is sourced and has no prose text.
   */
  public record Series(
      String name, List<BigDecimal> values, List<Boolean> derived, List<String> texts) {

    /** A series of sourced points with no prose text. */
    public Series(String name, List<BigDecimal> values) {
      this(name, values, List.of(), List.of());
    }

    public Series {
      values = Collections.unmodifiableList(new java.util.ArrayList<>(values));
      derived = List.copyOf(derived);
      texts = Collections.unmodifiableList(new java.util.ArrayList<>(texts));
    }

    boolean isDerived(int i) {
      return i < derived.size() && derived.get(i);
    }

    String text(int i) {
      return i < texts.size() ? texts.get(i) : null;
    }

    /** The point at {@code i} of a series with its points picked or reordered by {@code at}. */
    Series picked(List<Integer> at) {
      List<BigDecimal> v = new java.util.ArrayList<>();
      List<Boolean> d = new java.util.ArrayList<>();
      List<String> t = new java.util.ArrayList<>();
      for (int i : at) {
        v.add(i < values.size() ? values.get(i) : null);
        d.add(isDerived(i));
        t.add(text(i));
      }
      return new Series(name, v, d, t);
    }
  }
}
