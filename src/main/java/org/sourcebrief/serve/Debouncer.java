package org.sourcebrief.serve;

import java.nio.file.Path;
import java.time.Duration;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Gathers file changes and hands them over as one batch once none has arrived for a quiet period
 * (an editor's save often touches a file several times), or once the oldest has waited the longest
 * allowed, so a stream of changes cannot hold a rebuild back. Batches run one at a time on one
 * thread; changes that arrive during a run make the next batch.
 */
final class Debouncer implements AutoCloseable {
  private final ScheduledThreadPoolExecutor thread;
  private final long quietNanos;
  private final long maxWaitNanos;
  private final Consumer<Changes> action;
  private TreeSet<Path> pending = new TreeSet<>();
  private long firstSeen;
  private ScheduledFuture<?> scheduled;

  Debouncer(Duration quiet, Duration maxWait, Consumer<Changes> action) {
    this.quietNanos = quiet.toNanos();
    this.maxWaitNanos = maxWait.toNanos();
    this.action = action;
    this.thread = new ScheduledThreadPoolExecutor(1, Threads.daemon("sourcebrief-rebuild"));
    thread.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
  }

  /** Records that {@code path} changed; the batch runs after the quiet period. */
  synchronized void changed(Path path) {
    long now = System.nanoTime();
    if (pending.isEmpty()) firstSeen = now;
    pending.add(path);
    if (scheduled != null) scheduled.cancel(false);
    long delay = Math.max(0, Math.min(quietNanos, firstSeen + maxWaitNanos - now));
    if (!thread.isShutdown())
      scheduled = thread.schedule(this::runBatch, delay, TimeUnit.NANOSECONDS);
  }

  private void runBatch() {
    Changes batch;
    synchronized (this) {
      if (pending.isEmpty()) return;
      batch = new Changes(pending, firstSeen);
      pending = new TreeSet<>();
      scheduled = null;
    }
    action.accept(batch);
  }

  /** Drops changes not yet handed over and waits for a running batch to finish. */
  @Override
  public void close() {
    thread.shutdown();
    try {
      if (!thread.awaitTermination(30, TimeUnit.SECONDS)) thread.shutdownNow();
    } catch (InterruptedException e) {
      thread.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }
}
