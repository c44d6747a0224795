package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.util.Locale;
import java.util.Map;
import org.sourcebrief.text.Direction;

/**
 * The bundled typeface a chart or share card is set in, chosen by its locale: Vazirmatn for Dari,
 * Pashto and the other right-to-left languages (it has Latin letters too), Noto Nastaliq Urdu for
 * Urdu (it has none), DejaVu Sans Condensed for everything else.
 *
 * <p>A right-to-left typeface carries the run-direction attribute, so every line set in it is laid
 * out as a right-to-left paragraph, even one that starts with Latin letters or digits. A bundled
 * font has no fallback: text it cannot draw would come out as boxes, so the chart stage checks
 * every string with {@link #firstMissing} before anything is drawn.
 */
public final class ChartFonts {

  private static final ChartFonts LATIN =
      new ChartFonts("DejaVu Sans Condensed", BundledFonts.REGULAR, BundledFonts.BOLD, false);

  private final String name;
  private final Font regular;
  private final Font bold;
  private final boolean rightToLeft;

  private ChartFonts(String name, Font regular, Font bold, boolean rightToLeft) {
    this.name = name;
    this.regular = regular;
    this.bold = bold;
    this.rightToLeft = rightToLeft;
  }

  /** The fonts for text in {@code locale}'s language. */
  public static ChartFonts of(Locale locale) {
    if (!Direction.isRightToLeft(locale)) {
      return LATIN;
    }
    return "ur".equals(locale.getLanguage()) ? Nastaliq.FONTS : Vazirmatn.FONTS;
  }

  /**
   * The fonts for {@code texts} in {@code locale}'s language. Urdu is set in Nastaliq, unless some
   * text has letters Nastaliq lacks (a Latin name such as UNHCR, a "Source:" line in English words)
   * and Vazirmatn, which has Urdu and Latin letters both, can draw all of it: then the whole image
   * is set in Vazirmatn, so it never mixes two typefaces.
   */
  public static ChartFonts of(Locale locale, java.util.Collection<String> texts) {
    ChartFonts fonts = of(locale);
    if (fonts != Nastaliq.FONTS || drawsAll(fonts, texts)) return fonts;
    return drawsAll(Vazirmatn.FONTS, texts) ? Vazirmatn.FONTS : fonts;
  }

  /** The fonts for everything a chart draws ({@link #of(Locale, java.util.Collection)}). */
  public static ChartFonts of(ChartData d) {
    ChartFonts fonts = of(d.locale());
    // Only an Urdu chart may need another face, so only its texts are gathered.
    return fonts == Nastaliq.FONTS ? of(d.locale(), GlyphCheck.texts(d)) : fonts;
  }

  /** Every text a chart draws, for choosing the fonts of a card that shows it. */
  public static java.util.Set<String> textsOf(ChartData d) {
    return GlyphCheck.texts(d);
  }

  private static boolean drawsAll(ChartFonts fonts, java.util.Collection<String> texts) {
    return texts.stream().allMatch(t -> t == null || fonts.firstMissing(t) < 0);
  }

  /** The typeface's name, as a diagnostic shows it. */
  public String name() {
    return name;
  }

  public boolean rightToLeft() {
    return rightToLeft;
  }

  public Font regular(float size) {
    return regular.deriveFont(size);
  }

  public Font bold(float size) {
    return bold.deriveFont(size);
  }

  /**
   * The index of the first character of {@code text} that the regular or the bold cut cannot draw,
   * or -1 when it can draw all of it.
   */
  public int firstMissing(String text) {
    int r = regular.canDisplayUpTo(text);
    int b = bold.canDisplayUpTo(text);
    return r < 0 ? b : b < 0 ? r : Math.min(r, b);
  }

  private static ChartFonts rightToLeft(String name, String regular, String bold) {
    Map<TextAttribute, Object> rtl =
        Map.of(TextAttribute.RUN_DIRECTION, TextAttribute.RUN_DIRECTION_RTL);
    return new ChartFonts(
        name,
        BundledFonts.load(regular).deriveFont(rtl),
        BundledFonts.load(bold).deriveFont(rtl),
        true);
  }

  // Loaded on first use: a site in a left-to-right language never reads these files.
  private static final class Vazirmatn {
    static final ChartFonts FONTS =
        rightToLeft("Vazirmatn", "fonts/Vazirmatn-Regular.ttf", "fonts/Vazirmatn-Bold.ttf");
  }

  private static final class Nastaliq {
    static final ChartFonts FONTS =
        rightToLeft(
            "Noto Nastaliq Urdu",
            "fonts/NotoNastaliqUrdu-Regular.ttf",
            "fonts/NotoNastaliqUrdu-Bold.ttf");
  }
}
