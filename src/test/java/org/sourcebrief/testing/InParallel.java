package org.sourcebrief.testing;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/** Runs the same renders on many threads at once and checks each gives its one-thread bytes. */
public final class InParallel {
  private InParallel() {}

  public static void assertSameBytes(List<Supplier<byte[]>> renders, int rounds) throws Exception {
    List<byte[]> expected = renders.stream().map(Supplier::get).toList();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<byte[]>> results = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        for (Supplier<byte[]> r : renders) results.add(pool.submit(r::get));
      }
      for (int i = 0; i < results.size(); i++) {
        assertArrayEquals(expected.get(i % renders.size()), results.get(i).get(), "render " + i);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
