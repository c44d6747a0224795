package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/**
 * The editor's round trip, end to end over HTTP: serve, edit, see the reload event and the new
 * page; break a fact, see the overlay; fix it, see it go; stop, and the port is free again. Every
 * wait is bounded; none relies on timing for its verdict.
 */
class PreviewTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final List<String> PREVIEW_MARKUP =
      List.of(
          LiveReload.EVENTS_PATH,
          "sourcebrief-live-reload",
          "sourcebrief-overlay",
          "sourcebrief-notes");

  @TempDir Path dir;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(TIMEOUT)
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void editBreakFixAndStop() throws Exception {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    Path narrative = dir.resolve("content/briefings/first.md");
    Path facts = dir.resolve("content/facts/a.yaml");
    int port = freePort();
    Preview preview = start(port);
    try {
      assertEquals(port, preview.port());
      assertEquals(URI.create("http://127.0.0.1:" + port + "/test/"), preview.address());
      URI page = preview.address().resolve("briefings/first/");
      String first = get(page).body();
      assertTrue(first.contains("We counted"), first);
      assertTrue(first.contains("sourcebrief-live-reload"), "the served page carries the script");
      assertFalse(first.contains("sourcebrief-overlay"), first);

      try (EventStream events = EventStream.open(http, eventsUri(port), TIMEOUT)) {
        String hello = events.next("hello", TIMEOUT).data();

        edit(narrative, "We counted", "We tallied");
        String edited = awaitPage(events, page, body -> body.contains("We tallied"));
        assertFalse(edited.contains("sourcebrief-overlay"), edited);
        assertFalse(edited.contains("\"" + hello + "\""), "the page comes from a new build");

        edit(facts, "source: agency-2024", "source: agency-2025");
        String broken = awaitPage(events, page, body -> body.contains("sourcebrief-overlay"));
        assertTrue(broken.contains("We tallied"), "the last good build stays served");
        String where = dir.resolve("content/facts/a.yaml").toString().replace('\\', '/') + ":6:11";
        assertTrue(broken.contains("<code class=\"sb-pos\">" + where + "</code>"), broken);
        assertTrue(broken.contains("[unknown-source]"), broken);
        assertTrue(broken.contains("&#39;agency-2025&#39;"), "the message, escaped: " + broken);
        assertTrue(
            broken.contains(">6 |   source: agency-2025\n  |           ^</pre>"), "the excerpt");
        assertTrue(broken.contains("<p class=\"sb-hint\">"), "the hint");
        assertTrue(
            readOut("briefings/first/index.html").contains("We tallied"),
            "the output folder keeps the last good build");

        edit(facts, "source: agency-2025", "source: agency-2024");
        String fixed = awaitPage(events, page, body -> !body.contains("sourcebrief-overlay"));
        assertTrue(fixed.contains("We tallied"), fixed);
      }
    } finally {
      preview.close();
    }
    assertPortFree(port);
    assertTrue(
        out.toString()
            .matches(
                "(?s).*first\\.md changed: (fixed; )?rebuilt in \\d+ ms, reload sent \\d+ ms"
                    + " after the change.*"),
        out.toString());
    assertTrue(err.toString().contains("error[unknown-source]"), err.toString());
    assertNoPreviewMarkup(dir.resolve("site-out"));
  }

  @Test
  void buildOutputNeverCarriesThePreviewScript() throws IOException {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.err());
    assertNoPreviewMarkup(dir.resolve("site-out"));
  }

  @Test
  void aSiteThatNeverBuiltShowsTheOverlayUntilFixed() throws Exception {
    FixtureSite.write(dir, FixtureSite.MINIMAL.replace("{{fact:people_count}}", "{{fact:people}}"));
    Preview preview = start(0);
    try {
      URI home = preview.address();
      HttpResponse<String> none = get(home);
      assertEquals(503, none.statusCode());
      assertTrue(none.body().contains("there is no fact &#39;people&#39;"), none.body());
      assertFalse(Files.exists(dir.resolve("site-out")), "nothing is written before a good build");
      try (EventStream events = EventStream.open(http, eventsUri(preview.port()), TIMEOUT)) {
        events.next("hello", TIMEOUT);
        edit(dir.resolve("content/briefings/first.md"), "{{fact:people}}", "{{fact:people_count}}");
        String fixed =
            awaitPage(events, home.resolve("briefings/first/"), body -> body.contains("757,008"));
        assertFalse(fixed.contains("sourcebrief-overlay"), fixed);
      }
    } finally {
      preview.close();
    }
  }

  @Test
  void aTakenPortIsReplacedByAFreeOne() throws Exception {
    FixtureSite.write(dir, FixtureSite.MINIMAL);
    try (ServerSocket taken = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      try (Preview preview = start(taken.getLocalPort())) {
        assertNotEquals(taken.getLocalPort(), preview.port());
        assertEquals(200, get(preview.address()).statusCode());
        assertTrue(
            out.toString().contains("Port " + taken.getLocalPort() + " is in use"), out.toString());
      }
    }
  }

  private Preview start(int port) throws IOException {
    BuildOptions options =
        new BuildOptions(
            dir.resolve("content"),
            dir.resolve("templates"),
            dir.resolve("site-out"),
            null,
            false,
            false,
            LocalDate.parse(CliRun.TODAY),
            dir.resolve(".cache/charts"));
    return Preview.start(options, port, new PrintWriter(out, true), new PrintWriter(err, true));
  }

  /** Waits for reload events until the page satisfies {@code ready}, as a browser would reload. */
  private String awaitPage(EventStream events, URI page, Predicate<String> ready) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (true) {
      try {
        events.next("reload", Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
      } catch (AssertionError e) {
        fail(e.getMessage() + "\npreview output:\n" + out + "\n" + err);
      }
      String body = get(page).body();
      if (ready.test(body)) return body;
      if (System.nanoTime() > deadline) fail("the page did not change as expected:\n" + body);
    }
  }

  private HttpResponse<String> get(URI uri) throws IOException, InterruptedException {
    HttpRequest request = HttpRequest.newBuilder(uri).timeout(TIMEOUT).build();
    return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private static URI eventsUri(int port) {
    return URI.create("http://127.0.0.1:" + port + LiveReload.EVENTS_PATH);
  }

  private static void edit(Path file, String from, String to) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(text.contains(from), file + " holds " + from);
    Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
  }

  private String readOut(String file) throws IOException {
    return Files.readString(dir.resolve("site-out").resolve(file), StandardCharsets.UTF_8);
  }

  static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 50, InetAddress.getByName("127.0.0.1"))) {
      return s.getLocalPort();
    }
  }

  static void assertPortFree(int port) throws IOException {
    try (ServerSocket s = new ServerSocket(port, 50, InetAddress.getByName("127.0.0.1"))) {
      assertEquals(port, s.getLocalPort());
    }
  }

  private static void assertNoPreviewMarkup(Path site) throws IOException {
    assertTrue(Files.isRegularFile(site.resolve("index.html")), "the site was written");
    try (Stream<Path> files = Files.walk(site)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
        for (String marker : PREVIEW_MARKUP) {
          assertFalse(text.contains(marker), site.relativize(f) + " contains " + marker);
        }
      }
    }
  }
}
