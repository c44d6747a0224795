package org.sourcebrief.chart;

import java.awt.image.BufferedImage;

/** A chart's PNG pixels before encoding, for tests and benchmarks outside this package. */
public final class ChartPixels {

  private ChartPixels() {}

  public static BufferedImage of(ChartData d) {
    return PngComposer.draw(d);
  }
}
