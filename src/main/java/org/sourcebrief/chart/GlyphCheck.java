package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.sourcebrief.content.ChartType;

/**
 * Finds text a chart would draw in a font that lacks some of its characters. A bundled font has no
 * fallback, so such text would come out as empty boxes; the build stops instead.
 */
final class GlyphCheck {

  /** A text, the first character its font cannot draw, and that font's name. */
  record Gap(String text, int codePoint, String font) {

    /** "😀 (U+1F600)" */
    String character() {
      return new String(Character.toChars(codePoint))
          + " (U+"
          + String.format(Locale.ROOT, "%04X", codePoint)
          + ")";
    }
  }

  private GlyphCheck() {}

  /** Every text of the chart, in the order a reader meets it, that its font cannot draw. */
  static Set<Gap> gaps(ChartData d) {
    ChartFonts fonts = ChartFonts.of(d);
    Set<Gap> gaps = new LinkedHashSet<>();
    for (String text : texts(d)) {
      gap(text, fonts).ifPresent(gaps::add);
    }
    return gaps;
  }

  /** The first character of {@code text} that {@code fonts} cannot draw, if there is one. */
  static Optional<Gap> gap(String text, ChartFonts fonts) {
    if (text == null) {
      return Optional.empty();
    }
    int at = fonts.firstMissing(text);
    return at < 0
        ? Optional.empty()
        : Optional.of(new Gap(text, text.codePointAt(at), fonts.name()));
  }

  /** The title, labels, names, the numbers as written in the chart's locale, source and site. */
  static Set<String> texts(ChartData d) {
    Set<String> out = new LinkedHashSet<>();
    out.add(d.title());
    out.add(d.yLabel());
    out.addAll(d.series().stream().map(ChartData.Series::name).toList());
    out.addAll(d.categories());
    if (d.type().mark() == ChartType.Mark.SLICE) {
      out.addAll(DonutLegend.details(d));
    } else {
      NumberLabels numbers = new NumberLabels(d.locale());
      for (ChartData.Series s : d.series()) {
        for (BigDecimal v : s.values()) {
          if (v != null) out.add(numbers.compact(v.doubleValue()));
        }
      }
    }
    if (d.anyDerived()) out.add(d.calculated());
    out.add(d.sourceLine());
    out.add(d.siteName());
    out.remove(null);
    return out;
  }
}
