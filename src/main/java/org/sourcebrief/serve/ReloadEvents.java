package org.sourcebrief.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The server-sent event stream open pages listen to. A new subscriber is greeted with the current
 * build id ({@code event: hello}); every new build is announced to all ({@code event: reload}). A
 * comment line every 15 seconds keeps connections alive and finds the ones whose tab is gone.
 */
final class ReloadEvents implements AutoCloseable {
  private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
  private final ScheduledExecutorService heartbeat =
      Executors.newSingleThreadScheduledExecutor(Threads.daemon("sourcebrief-events"));
  private volatile String current = "none";
  private volatile boolean closed;

  ReloadEvents() {
    heartbeat.scheduleWithFixedDelay(() -> sendAll(": keep-alive\n\n"), 15, 15, TimeUnit.SECONDS);
  }

  /** Handles {@code GET /__sourcebrief/events}: keeps the response open for later events. */
  void subscribe(HttpExchange exchange) throws IOException {
    if (!exchange.getRequestMethod().equals("GET") || closed) {
      exchange.sendResponseHeaders(closed ? 503 : 405, -1);
      exchange.close();
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.sendResponseHeaders(200, 0);
    Subscriber s = new Subscriber(exchange);
    subscribers.add(s);
    if (closed) {
      drop(s);
      return;
    }
    send(s, "retry: 1000\nevent: hello\ndata: " + current + "\n\n");
  }

  /** Tells every open page that build {@code buildId} is now served. */
  void reload(String buildId) {
    current = buildId;
    sendAll("event: reload\ndata: " + buildId + "\n\n");
  }

  int subscriberCount() {
    return subscribers.size();
  }

  private void sendAll(String event) {
    for (Subscriber s : subscribers) send(s, event);
  }

  private void send(Subscriber s, String event) {
    try {
      s.send(event);
    } catch (IOException e) {
      drop(s); // the tab was closed or navigated away
    }
  }

  private void drop(Subscriber s) {
    subscribers.remove(s);
    s.exchange.close();
  }

  /** Ends every stream, so the server can stop without waiting for them. */
  @Override
  public void close() {
    closed = true;
    heartbeat.shutdownNow();
    for (Subscriber s : subscribers) drop(s);
  }

  private static final class Subscriber {
    final HttpExchange exchange;
    final OutputStream body;

    Subscriber(HttpExchange exchange) {
      this.exchange = exchange;
      this.body = exchange.getResponseBody();
    }

    synchronized void send(String event) throws IOException {
      body.write(event.getBytes(StandardCharsets.UTF_8));
      body.flush();
    }
  }
}
