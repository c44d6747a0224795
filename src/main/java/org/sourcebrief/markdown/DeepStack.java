package org.sourcebrief.markdown;

import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

/**
 * Runs Markdown work on threads with a large, known stack. Flexmark parses and renders by recursion
 * (and its regular expressions recurse once per repeated character), so what a page can hold should
 * not depend on the stack of whichever thread happens to build it; and if a page still goes too
 * deep, the overflow ends that page's work only, to be reported as a content error.
 *
 * <p>The threads are kept (one per core) so that per-thread number formats are made once.
 */
final class DeepStack {
  /** Room for thousands of nesting levels; reserved address space, committed only when used. */
  private static final long STACK_BYTES = 64L << 20;

  private static final ExecutorService THREADS =
      Executors.newFixedThreadPool(
          Math.max(2, Runtime.getRuntime().availableProcessors()), DeepStack::thread);

  private static final AtomicInteger COUNT = new AtomicInteger();

  private DeepStack() {}

  private static Thread thread(Runnable r) {
    Thread t = new Thread(null, r, "sourcebrief-markdown-" + COUNT.incrementAndGet(), STACK_BYTES);
    t.setDaemon(true);
    return t;
  }

  /** The work's result, or empty when it overflowed even this stack. */
  static <T> Optional<T> run(Supplier<T> work) {
    Future<Optional<T>> f = THREADS.submit(() -> attempt(work));
    try {
      return f.get();
    } catch (InterruptedException e) {
      f.cancel(true);
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while rendering Markdown", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) throw r;
      if (e.getCause() instanceof Error err) throw err;
      throw new IllegalStateException(e.getCause());
    }
  }

  private static <T> Optional<T> attempt(Supplier<T> work) {
    try {
      return Optional.of(work.get());
    } catch (StackOverflowError e) {
      return Optional.empty();
    }
  }
}
