package org.sourcebrief.chart;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;

/**
 * DejaVu Sans Condensed, shipped in the jar (see fonts/LICENSE), so that chart text never depends
 * on the fonts of the machine that builds the site, and rendering works where no font is installed.
 * The condensed cut fits category names under their bars on a phone-width chart at a readable size.
 * Arabic-script languages get Vazirmatn or Noto Nastaliq Urdu instead: see {@link ChartFonts}.
 */
public final class BundledFonts {

  /** Changes when any bundled font file changes; part of the renderer version. */
  static final String NAME = "DejaVuSansCondensed-2.37;Vazirmatn-33.0.3;NotoNastaliqUrdu-20201225";

  public static final Font REGULAR = load("fonts/DejaVuSansCondensed.ttf");
  public static final Font BOLD = load("fonts/DejaVuSansCondensed-Bold.ttf");

  private BundledFonts() {}

  static Font regular(float size) {
    return REGULAR.deriveFont(size);
  }

  static Font bold(float size) {
    return BOLD.deriveFont(size);
  }

  static Font load(String resource) {
    try (InputStream in = BundledFonts.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("bundled font missing from the jar: " + resource);
      }
      return Font.createFont(Font.TRUETYPE_FONT, in);
    } catch (IOException | FontFormatException e) {
      throw new IllegalStateException("bundled font unreadable: " + resource, e);
    }
  }
}
