package org.sourcebrief.bench;

import java.util.Collection;

/** The median of measurements: the middle value, or the mean of the two middle values. */
final class Median {
  private Median() {}

  static double of(Collection<? extends Number> values) {
    double[] v = values.stream().mapToDouble(Number::doubleValue).sorted().toArray();
    if (v.length == 0) return Double.NaN;
    int mid = v.length / 2;
    return v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
  }
}
