package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.DateText;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Renders every chart of a site, in parallel across cores, taking unchanged charts from the cache.
 * The result does not depend on the cache: a cached chart is the bytes it would render.
 */
public final class ChartStage {
  /** The cache's name for the phone layout's SVG. */
  private static final String NARROW = "narrow.svg";

  private final ChartRenderer renderer = new ChartRenderer();
  private final ChartCache cache;
  private final AtomicInteger rendered = new AtomicInteger();

  /**
   * {@code cacheDir} null renders everything afresh; a damaged cache entry is drawn again and
   * reported as a notice to {@code diagnostics}.
   */
  public ChartStage(Path cacheDir, Diagnostics diagnostics) {
    this.cache = new ChartCache(cacheDir, diagnostics);
  }

  /** Draws every chart; {@code words} write the source line each image carries. */
  public Map<String, RenderedChart> render(CheckedContent content, Words words) {
    Map<String, RenderedChart> out = Collections.synchronizedMap(new TreeMap<>());
    content.charts().values().parallelStream()
        .forEach(c -> out.put(c.id(), render(data(c, content, words))));
    return new TreeMap<>(out);
  }

  /**
   * Reports, as errors, chart text that the chart's bundled font cannot draw (an emoji, or Latin
   * letters in an Urdu chart): it would come out as empty boxes. Draws nothing, so it runs for
   * {@code check} as well as for a build.
   */
  public static void checkGlyphs(CheckedContent content, Words words, Diagnostics diagnostics) {
    for (CheckedChart c : new TreeMap<>(content.charts()).values()) {
      for (GlyphCheck.Gap gap : GlyphCheck.gaps(data(c, content, words))) {
        diagnostics.error(
            "chart-missing-glyph",
            c.position(),
            "chart '"
                + c.id()
                + "' has text its font cannot draw: "
                + quoted(gap.text())
                + " has "
                + gap.character()
                + ", which "
                + gap.font()
                + " lacks",
            "write it in the language's script, or choose a language whose font has it");
      }
    }
  }

  private static String quoted(String text) {
    String t = text.strip();
    if (t.codePointCount(0, t.length()) > 60) {
      t = t.substring(0, t.offsetByCodePoints(0, 59)) + "\u2026";
    }
    return "\"" + t + "\"";
  }

  /** How many images this stage has drawn rather than taken from the cache. */
  public int renderedCount() {
    return rendered.get();
  }

  private RenderedChart render(ChartData d) {
    String key = ChartCache.key(d);
    byte[] svg = cache.get(key, "svg").orElseGet(() -> draw(key, "svg", renderer.svg(d)));
    byte[] narrow =
        cache.get(key, NARROW).orElseGet(() -> draw(key, NARROW, renderer.narrowSvg(d)));
    byte[] png = cache.get(key, "png").orElseGet(() -> draw(key, "png", renderer.png(d)));
    return new RenderedChart(d.id(), svg, narrow, png);
  }

  private byte[] draw(String key, String extension, byte[] bytes) {
    rendered.incrementAndGet();
    cache.put(key, extension, bytes);
    return bytes;
  }

  /** What a checked chart draws, with its source line and the site's name and locale. */
  public static ChartData data(CheckedChart c, CheckedContent content, Words words) {
    ValueFormatter values = new ValueFormatter(words);
    List<ChartData.Series> series =
        c.series().stream().map(s -> series(c, s, content, values)).toList();
    return new ChartData(
        c.id(),
        c.type(),
        c.title(),
        c.alt(),
        c.yLabel(),
        c.categories(),
        series,
        sourceLine(c, content, words),
        content.config().title(),
        content.config().locale(),
        words.get("chart.calculated"));
  }

  /**
   * A series with each point's prose text ("about 1 million") and whether its fact is calculated
   * from others; a table cell is written like the chart's unit and is never calculated.
   */
  private static ChartData.Series series(
      CheckedChart c, CheckedChart.Series s, CheckedContent content, ValueFormatter values) {
    List<Boolean> derived = new ArrayList<>();
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < s.values().size(); i++) {
      BigDecimal v = s.values().get(i);
      String id = i < s.facts().size() ? s.facts().get(i) : null;
      CheckedFact f = id == null ? null : content.facts().get(id);
      derived.add(f != null && f.fact().isDerived());
      if (v == null) texts.add(null);
      else if (f == null) texts.add(values.format(v, c.unit(), false));
      else texts.add(values.format(v, f.fact().unit(), f.approximate()));
    }
    return new ChartData.Series(s.name(), s.values(), derived, texts);
  }

  /**
   * The line under the image: its sources, and how current its figures are when they are dated
   * ("Source: United Nations · as of 2024"), so the image keeps both wherever it is shared.
   */
  private static String sourceLine(CheckedChart c, CheckedContent content, Words words) {
    String line = content.sourceLine(c.sources(), new Credits(words));
    String when = new DateText(words.locale()).current(content.referenceDates(c.facts()), words);
    return when.isEmpty()
        ? line
        : words.get("image.source-dated", line, words.get("date.as-of", when));
  }
}
