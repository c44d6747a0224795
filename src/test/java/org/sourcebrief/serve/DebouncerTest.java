package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DebouncerTest {
  private static final Path A = Path.of("content/a.md");
  private static final Path B = Path.of("content/b.md");
  private final BlockingQueue<Changes> batches = new LinkedBlockingQueue<>();

  @Test
  void aBurstOfChangesMakesOneBatch() throws InterruptedException {
    // A long quiet period, so the burst below always falls within it, even on a slow machine.
    try (Debouncer d = new Debouncer(Duration.ofMillis(300), Duration.ofSeconds(5), batches::add)) {
      long before = System.nanoTime();
      d.changed(A);
      d.changed(B);
      d.changed(A);
      Changes batch = batches.poll(10, TimeUnit.SECONDS);
      assertNotNull(batch, "the batch ran");
      assertEquals(Set.of(A, B), batch.paths());
      assertTrue(batch.firstSeenNanos() >= before);
      assertNull(batches.poll(400, TimeUnit.MILLISECONDS), "no second batch");
    }
  }

  @Test
  void changesDuringARunMakeTheNextBatch() throws InterruptedException {
    CountDownLatch running = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    try (Debouncer d =
        new Debouncer(
            Duration.ofMillis(20),
            Duration.ofSeconds(1),
            c -> {
              batches.add(c);
              running.countDown();
              await(release);
            })) {
      d.changed(A);
      assertTrue(running.await(10, TimeUnit.SECONDS));
      d.changed(B);
      release.countDown();
      assertEquals(Set.of(A), batches.poll(10, TimeUnit.SECONDS).paths());
      assertEquals(Set.of(B), batches.poll(10, TimeUnit.SECONDS).paths());
    }
  }

  @Test
  void aStreamOfChangesCannotHoldABatchBackForever() throws InterruptedException {
    try (Debouncer d =
        new Debouncer(Duration.ofMillis(200), Duration.ofMillis(400), batches::add)) {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
      Changes batch = null;
      while (batch == null && System.nanoTime() < deadline) {
        d.changed(A); // more often than the quiet period: only the longest wait lets it through
        batch = batches.poll(20, TimeUnit.MILLISECONDS);
      }
      assertNotNull(batch, "a batch ran while changes kept coming");
    }
  }

  @Test
  void closingDropsWhatHasNotRunYet() throws InterruptedException {
    Debouncer d = new Debouncer(Duration.ofSeconds(5), Duration.ofSeconds(5), batches::add);
    d.changed(A);
    d.close();
    d.changed(B); // after close: ignored, not an error
    assertNull(batches.poll(100, TimeUnit.MILLISECONDS));
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
