package org.sourcebrief.fuzz;

import net.jqwik.api.lifecycle.LifecycleContext;
import net.jqwik.api.lifecycle.SkipExecutionHook;

/**
 * Skips the long run unless {@code fuzz.minutes} is set (the fuzz-long profile sets it), and says
 * when its time is up: no new try starts after that many minutes from the first.
 */
public final class LongRun implements SkipExecutionHook {
  private static long deadline;

  @Override
  public SkipResult shouldBeSkipped(LifecycleContext context) {
    String minutes = System.getProperty("fuzz.minutes");
    if (minutes == null || minutes.isBlank()) {
      return SkipResult.skip("the long fuzz run needs -Pfuzz-long (it sets fuzz.minutes)");
    }
    deadline = System.nanoTime() + (long) (Double.parseDouble(minutes) * 60e9);
    return SkipResult.doNotSkip();
  }

  static boolean overTime() {
    return System.nanoTime() > deadline;
  }
}
