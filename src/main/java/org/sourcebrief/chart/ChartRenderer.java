package org.sourcebrief.chart;

/** Placeholder until the XChart renderer lands; replaced wholesale. */
public final class ChartRenderer {
  public static final String VERSION = "placeholder";

  public byte[] svg(ChartData d) {
    throw new UnsupportedOperationException("chart rendering is not available yet");
  }

  public byte[] png(ChartData d) {
    throw new UnsupportedOperationException("chart rendering is not available yet");
  }
}
