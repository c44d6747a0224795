package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SiteServerTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  private static SiteState state() {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put(
        "index.html", "<html><body><p>home</p></body></html>".getBytes(StandardCharsets.UTF_8));
    files.put("assets/style.css", "body{}".getBytes(StandardCharsets.UTF_8));
    return new SiteState("run-1", files, "/site/", "", false);
  }

  @Test
  void listensOnLoopbackOnlyAndAnswersOverHttp() throws Exception {
    int port = PreviewTest.freePort();
    try (ReloadEvents events = new ReloadEvents();
        SiteServer server = SiteServer.start(port, SiteServerTest::state, events)) {
      assertEquals(port, server.port());
      assertEquals("127.0.0.1", server.address().getAddress().getHostAddress());
      String base = "http://127.0.0.1:" + port;

      HttpResponse<String> css = send("GET", base + "/site/assets/style.css");
      assertEquals(200, css.statusCode());
      assertEquals(
          "text/css; charset=utf-8", css.headers().firstValue("Content-Type").orElseThrow());
      assertEquals("no-store", css.headers().firstValue("Cache-Control").orElseThrow());
      assertEquals("body{}", css.body());

      HttpResponse<String> root = send("GET", base + "/");
      assertEquals(302, root.statusCode());
      assertEquals("/site/", root.headers().firstValue("Location").orElseThrow());

      HttpResponse<String> head = send("HEAD", base + "/site/");
      assertEquals(200, head.statusCode());
      assertEquals("", head.body());

      HttpResponse<String> post = send("POST", base + "/site/");
      assertEquals(405, post.statusCode());
      assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
    }
    PreviewTest.assertPortFree(port);
  }

  @Test
  void aTakenPortMovesToAnother() throws Exception {
    try (ReloadEvents events = new ReloadEvents();
        SiteServer first = SiteServer.start(0, SiteServerTest::state, events);
        SiteServer second = SiteServer.start(first.port(), SiteServerTest::state, events)) {
      assertNotEquals(first.port(), second.port());
      assertTrue(second.address().getAddress().isLoopbackAddress());
    }
  }

  @Test
  void eventStreamsGreetWithTheBuildAndAnnounceNewOnes() throws Exception {
    try (ReloadEvents events = new ReloadEvents();
        SiteServer server = SiteServer.start(0, SiteServerTest::state, events)) {
      events.reload("run-1");
      URI uri = URI.create("http://127.0.0.1:" + server.port() + LiveReload.EVENTS_PATH);
      try (EventStream stream = EventStream.open(http, uri, TIMEOUT)) {
        assertEquals("run-1", stream.next("hello", TIMEOUT).data());
        events.reload("run-2");
        assertEquals("run-2", stream.next("reload", TIMEOUT).data());
        assertEquals(1, events.subscriberCount());
      }
    }
  }

  /**
   * A web page that rebinds its own host name to 127.0.0.1 still sends that name in Host: the
   * preview answers only names of this computer, so such a page cannot read it.
   */
  @Test
  void answersOnlyRequestsAddressedToThisComputer() throws Exception {
    try (ReloadEvents events = new ReloadEvents();
        SiteServer server = SiteServer.start(0, SiteServerTest::state, events)) {
      int port = server.port();
      for (String host :
          List.of(
              "localhost",
              "localhost:" + port,
              "LocalHost:" + port,
              "127.0.0.1",
              "127.0.0.1:" + port,
              "[::1]",
              "[::1]:" + port)) {
        String reply = raw(port, "GET /site/ HTTP/1.1", "Host: " + host);
        assertTrue(reply.startsWith("HTTP/1.1 200 "), host + ": " + reply);
        assertTrue(reply.contains("<p>home</p>"), host + ": " + reply);
      }
      for (String host :
          List.of(
              "evil.example",
              "evil.example:" + port,
              "localhost.evil.example",
              "127.0.0.1.nip.io:" + port,
              "localhost:" + port + "@evil.example",
              "localhost:http",
              "")) {
        assertForbidden(raw(port, "GET /site/ HTTP/1.1", "Host: " + host), host);
        assertForbidden(
            raw(port, "GET " + LiveReload.EVENTS_PATH + " HTTP/1.1", "Host: " + host), host);
      }
      assertForbidden(raw(port, "GET /site/ HTTP/1.0"), "no Host header");
      assertForbidden(
          raw(port, "GET /site/ HTTP/1.1", "Host: localhost", "Host: evil.example"), "two Hosts");
    }
  }

  private static void assertForbidden(String reply, String host) {
    assertTrue(reply.startsWith("HTTP/1.1 403 "), host + ": " + reply);
    assertTrue(
        reply.toLowerCase(java.util.Locale.ROOT).contains("content-type: text/plain"), reply);
    assertTrue(reply.contains("only to localhost"), reply);
    assertFalse(reply.contains("home"), reply);
  }

  /** One request written byte for byte on a plain socket, so any Host header can be sent. */
  private static String raw(int port, String requestLine, String... headers) throws Exception {
    try (Socket socket = new Socket(SiteServer.LOOPBACK, port)) {
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      StringBuilder request = new StringBuilder(requestLine).append("\r\n");
      for (String h : headers) request.append(h).append("\r\n");
      request.append("Connection: close\r\n\r\n");
      socket.getOutputStream().write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private HttpResponse<String> send(String method, String uri) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(uri))
            .timeout(TIMEOUT)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }
}
