package org.sourcebrief.chart;

import java.awt.Color;

/**
 * The look every chart shares: sizes, type sizes, colours. Text colours are checked against the
 * white background for WCAG AA (ratios noted); series colours are Okabe–Ito, which stays
 * distinguishable under the common colour-vision deficiencies.
 */
public final class ChartStyle {

  /**
   * The SVG's own size in CSS pixels. Pages show it at width:100%: about 640 px in the 42rem
   * column, about 360 px on a phone, so type is set large enough to stay readable at 0.64×.
   */
  static final int SVG_WIDTH = 560;

  static final int SVG_HEIGHT = 350;

  /**
   * The phone layout's size. Phones show the chart about 340–360 px wide, so it is drawn at that
   * width and barely scaled: its type stays at the size it was set, where the wide layout's would
   * shrink to 0.64×. It is taller, to give wrapped labels and a donut's legend their room.
   */
  static final int NARROW_WIDTH = 360;

  static final int NARROW_HEIGHT = 440;

  /**
   * The PNG is drawn at 800×500 and written at 2× (1600×1000 pixels), title and source baked in.
   */
  static final int PNG_WIDTH = 800;

  static final int PNG_HEIGHT = 500;
  static final int PNG_SCALE = 2;

  static final float TICK_SIZE = 15f;
  static final float LABEL_SIZE = 15f;

  /** Values written on bars and at line ends. */
  static final float VALUE_SIZE = 14f;

  static final float PNG_TITLE_SIZE = 24f;
  static final float PNG_FOOTER_SIZE = 15f;

  public static final Color BACKGROUND = Color.WHITE;

  /** Axis titles, legend, PNG title: 16.9:1 on white. */
  public static final Color TEXT = new Color(0x1f1f1f);

  /** Tick labels, the PNG's source line: 8.5:1 on white. */
  public static final Color MUTED_TEXT = new Color(0x4d4d4d);

  /** Baseline: 4.5:1, the 3:1 asked of graphics is met with room. */
  static final Color AXIS = new Color(0x767676);

  public static final Color GRID = new Color(0xdedede);

  /**
   * Okabe–Ito, reordered so the first colours are the ones with the most contrast on white (blue
   * 5.1:1, vermillion 3.9:1); light yellow is last.
   */
  public static final Color[] SERIES = {
    new Color(0x0072B2), // blue
    new Color(0xE69F00), // orange
    new Color(0x009E73), // bluish green
    new Color(0xD55E00), // vermillion
    new Color(0xCC79A7), // reddish purple
    new Color(0x56B4E9), // sky blue
    new Color(0x000000), // black
    new Color(0xF0E442), // yellow
  };

  private ChartStyle() {}
}
