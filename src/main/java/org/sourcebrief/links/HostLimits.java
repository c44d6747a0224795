package org.sourcebrief.links;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;

/**
 * Bounds the requests in flight: at most {@code perHost} to any one host, at most {@code total} in
 * all. The host's permit is taken first, so a request waiting for a busy host holds no global one.
 */
final class HostLimits {
  private final int perHost;
  private final Semaphore total;
  private final Map<String, Semaphore> hosts = new ConcurrentHashMap<>();

  HostLimits(int perHost, int total) {
    this.perHost = perHost;
    this.total = new Semaphore(total, true);
  }

  interface Request<T> {
    T send() throws java.io.IOException, InterruptedException;
  }

  <T> T with(String host, Request<T> request) throws java.io.IOException, InterruptedException {
    Semaphore h =
        hosts.computeIfAbsent(host.toLowerCase(Locale.ROOT), k -> new Semaphore(perHost, true));
    h.acquire();
    try {
      total.acquire();
      try {
        return request.send();
      } finally {
        total.release();
      }
    } finally {
      h.release();
    }
  }
}
