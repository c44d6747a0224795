package org.sourcebrief.links;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A publisher on 127.0.0.1 for the link check's tests: it serves a page, same-site and cross-site
 * redirects, 404, 500, a page whose server refuses HEAD, a slow page and pages that wait a little
 * (to count requests in flight). It records every request's path and User-Agent.
 */
public final class LinkServer implements AutoCloseable {
  private final HttpServer server;
  private final String elsewhere;
  private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
  private final List<String> userAgents = new CopyOnWriteArrayList<>();
  private final AtomicInteger inFlight = new AtomicInteger();
  private final AtomicInteger mostInFlight = new AtomicInteger();

  /** {@code elsewhere}: the base address of another site, where /away redirects. */
  public LinkServer(String elsewhere) throws IOException {
    this.elsewhere = elsewhere;
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.setExecutor(Executors.newCachedThreadPool());
    server.start();
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Requests for {@code path}, any method. */
  public int count(String path) {
    AtomicInteger c = counts.get(path);
    return c == null ? 0 : c.get();
  }

  public int total() {
    return counts.values().stream().mapToInt(AtomicInteger::get).sum();
  }

  public List<String> userAgents() {
    return List.copyOf(userAgents);
  }

  public int mostInFlight() {
    return mostInFlight.get();
  }

  private void handle(HttpExchange x) throws IOException {
    String path = x.getRequestURI().getPath();
    counts.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
    userAgents.add(x.getRequestHeaders().getFirst("User-Agent"));
    int now = inFlight.incrementAndGet();
    mostInFlight.accumulateAndGet(now, Math::max);
    answering.set(true);
    try {
      answer(x, path, x.getRequestMethod().equals("HEAD"));
    } finally {
      answered();
      x.close();
    }
  }

  // A request stops counting as in flight when its answer starts: once the client has the whole
  // answer it may send its next request, which must not find this one still counted.
  private final ThreadLocal<Boolean> answering = ThreadLocal.withInitial(() -> false);

  private void answered() {
    if (answering.get()) {
      answering.set(false);
      inFlight.decrementAndGet();
    }
  }

  private void answer(HttpExchange x, String path, boolean head) throws IOException {
    switch (path) {
      case "/ok", "/slash/" -> page(x, 200, head);
      case "/renamed" -> redirect(x, 301, base() + "/ok");
      case "/slash" -> redirect(x, 301, "/slash/");
      case "/away" -> redirect(x, 302, elsewhere + "/ok");
      case "/moved" -> redirect(x, 301, elsewhere + "/ok");
      case "/away-gone" -> redirect(x, 301, elsewhere + "/gone");
      case "/gone" -> page(x, 404, head);
      case "/broken" -> page(x, 500, head);
      case "/no-head" -> page(x, head ? 405 : 200, head);
      case "/slow" -> {
        pause(1500);
        page(x, 200, head);
      }
      default -> {
        if (path.startsWith("/wait/")) pause(150);
        page(x, path.startsWith("/wait/") ? 200 : 404, head);
      }
    }
  }

  private void page(HttpExchange x, int status, boolean head) throws IOException {
    answered();
    byte[] body = ("<p>status " + status + "</p>").getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
    x.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      try (OutputStream o = x.getResponseBody()) {
        o.write(body);
      }
    }
  }

  private void redirect(HttpExchange x, int status, String to) throws IOException {
    answered();
    x.getResponseHeaders().set("Location", to);
    x.sendResponseHeaders(status, -1);
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
