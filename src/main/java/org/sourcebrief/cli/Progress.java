package org.sourcebrief.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Shows a long build's progress on a terminal: after about a second, one line rewritten in place
 * with the current stage and the time so far, erased when the build ends. Off a terminal (CI logs)
 * it prints nothing; the closing summary line says it all.
 */
final class Progress implements Consumer<String>, AutoCloseable {
  private static final long QUIET_MS = 1000;

  private final PrintWriter err;
  private final boolean terminal;
  private final long start = System.nanoTime();
  private final Thread ticker;
  private volatile String stage = "start";
  private volatile boolean shown;

  Progress(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
    this.ticker = new Thread(this::tick, "sourcebrief-progress");
    ticker.setDaemon(true);
    if (terminal) ticker.start();
  }

  @Override
  public void accept(String stage) {
    this.stage = stage;
  }

  private void tick() {
    try {
      while (!Thread.currentThread().isInterrupted()) {
        Thread.sleep(200);
        long ms = (System.nanoTime() - start) / 1_000_000;
        if (ms < QUIET_MS) continue;
        synchronized (err) {
          err.print(String.format(Locale.ROOT, "\r  building: %-9s %5.1f s", stage, ms / 1000.0));
          err.flush();
          shown = true;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    if (!terminal) return;
    ticker.interrupt();
    try {
      ticker.join(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (shown) {
      synchronized (err) {
        err.print("\r" + " ".repeat(40) + "\r");
        err.flush();
      }
    }
  }
}
