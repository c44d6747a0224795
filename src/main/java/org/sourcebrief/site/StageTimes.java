package org.sourcebrief.site;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** How long each stage of one build took, in stage order, for --timings and the benchmark. */
public final class StageTimes {
  private final Map<String, Long> nanos = new LinkedHashMap<>();
  private long last = System.nanoTime();

  /** Ends the stage running since the previous mark. */
  void mark(String stage) {
    long now = System.nanoTime();
    nanos.merge(stage, now - last, Long::sum);
    last = now;
  }

  public Map<String, Long> nanos() {
    return Collections.unmodifiableMap(nanos);
  }

  /** "load 41 ms, validate 3 ms, …" */
  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    nanos.forEach(
        (stage, n) ->
            out.append(out.length() == 0 ? "" : ", ")
                .append(stage)
                .append(' ')
                .append(n / 1_000_000)
                .append(" ms"));
    return out.toString();
  }
}
