package org.sourcebrief.serve;

import com.sun.net.httpserver.Filter;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * The HTTP side of the preview: listens on 127.0.0.1 only (never on the network), answers only
 * requests addressed to this computer by name ({@link LoopbackHosts}), answers pages from the
 * current {@link SiteState} and hands the event stream to {@link ReloadEvents}. If the port asked
 * for is taken it tries the next few, then any free one.
 */
final class SiteServer implements AutoCloseable {
  static final InetAddress LOOPBACK = loopback();
  private static final int TRIES = 10;

  private final HttpServer http;
  private final ExecutorService threads;

  private SiteServer(HttpServer http, ExecutorService threads) {
    this.http = http;
    this.threads = threads;
  }

  static SiteServer start(int port, Supplier<SiteState> state, ReloadEvents events)
      throws IOException {
    HttpServer http = bind(port);
    // Each open page holds one event stream, so requests need their own threads.
    ExecutorService threads = Executors.newCachedThreadPool(Threads.daemon("sourcebrief-http"));
    http.setExecutor(threads);
    http.createContext("/", exchange -> answer(exchange, state.get())).getFilters().add(HOSTS);
    http.createContext(LiveReload.EVENTS_PATH, events::subscribe).getFilters().add(HOSTS);
    http.start();
    return new SiteServer(http, threads);
  }

  int port() {
    return http.getAddress().getPort();
  }

  InetSocketAddress address() {
    return http.getAddress();
  }

  /** Refuses, before any handler runs, a request not addressed to this computer by name. */
  private static final Filter HOSTS =
      new Filter() {
        @Override
        public void doFilter(HttpExchange exchange, Chain chain) throws IOException {
          if (LoopbackHosts.allowed(exchange.getRequestHeaders().get("Host"))) {
            chain.doFilter(exchange);
            return;
          }
          try (exchange) {
            send(exchange, Reply.text(403, LoopbackHosts.REFUSAL), false);
          }
        }

        @Override
        public String description() {
          return "answers only requests addressed to localhost, 127.0.0.1 or [::1]";
        }
      };

  private static HttpServer bind(int port) throws IOException {
    for (int p = port; port != 0 && p < port + TRIES && p <= 65535; p++) {
      try {
        return HttpServer.create(new InetSocketAddress(LOOPBACK, p), 0);
      } catch (BindException taken) {
        // try the next port
      }
    }
    return HttpServer.create(new InetSocketAddress(LOOPBACK, 0), 0);
  }

  private static void answer(HttpExchange exchange, SiteState state) throws IOException {
    try (exchange) {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      Reply reply =
          method.equals("GET") || head
              ? SiteRoutes.route(exchange.getRequestURI(), state)
              : Reply.text(405, "Method not allowed");
      if (reply.status() == 405) exchange.getResponseHeaders().set("Allow", "GET, HEAD");
      send(exchange, reply, head);
    }
  }

  private static void send(HttpExchange exchange, Reply reply, boolean head) throws IOException {
    var headers = exchange.getResponseHeaders();
    headers.set("Content-Type", reply.contentType());
    headers.set("Cache-Control", "no-store"); // a preview page must never come from the cache
    headers.set("X-Content-Type-Options", "nosniff");
    if (reply.location() != null) headers.set("Location", reply.location());
    int length = reply.body().length;
    exchange.sendResponseHeaders(reply.status(), head || length == 0 ? -1 : length);
    if (head || length == 0) return;
    try (OutputStream body = exchange.getResponseBody()) {
      body.write(reply.body());
    }
  }

  /** Stops listening and frees the port at once; event streams must be closed first. */
  @Override
  public void close() {
    http.stop(0);
    threads.shutdownNow();
  }

  private static InetAddress loopback() {
    try {
      return InetAddress.getByAddress("127.0.0.1", new byte[] {127, 0, 0, 1});
    } catch (IOException e) {
      throw new IllegalStateException(e); // a four-byte address is always valid
    }
  }
}
