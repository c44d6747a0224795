package org.sourcebrief.validate;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.sourcebrief.diag.Diagnostics;

/**
 * Keeps the checked model total: a chart reaches the later stages only when every point has a
 * value. A point loses its value when the fact behind it failed its own checks (a derive formula
 * that could not be computed, say), which is reported there; such a chart is held back, so no stage
 * after validation ever meets a missing value.
 */
final class CompleteCharts {
  private CompleteCharts() {}

  static Map<String, CheckedChart> keep(Map<String, CheckedChart> charts, Diagnostics d) {
    Map<String, CheckedChart> out = new LinkedHashMap<>();
    charts.forEach(
        (id, c) -> {
          if (complete(c)) out.put(id, c);
          else if (!d.hasErrors()) incomplete(c, d); // never expected: the cause is reported
        });
    return out;
  }

  private static boolean complete(CheckedChart c) {
    return c.type() != null
        && c.categories() != null
        && c.series() != null
        && c.sources() != null
        && c.series().stream()
            .allMatch(s -> s.values() != null && s.values().stream().allMatch(Objects::nonNull));
  }

  private static void incomplete(CheckedChart c, Diagnostics d) {
    d.error(
        "chart-incomplete",
        c.position(),
        "chart '" + c.id() + "' has a point without a value",
        "check the facts its points name: each needs a value or a derive formula that works");
  }
}
