package org.sourcebrief.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.SourcePosition;

class LinkCheckTest {
  private static final String AGENT =
      "sourcebrief/9.9 (+https://example.org/test/; source link check)";

  @TempDir Path dir;
  private LinkServer other;
  private LinkServer server;
  private Instant now = Instant.parse("2025-01-15T12:00:00Z");

  @BeforeEach
  void start() throws Exception {
    other = new LinkServer(null);
    server = new LinkServer(other.base());
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  private LinkSettings settings(Duration timeout, int perHost) {
    return new LinkSettings(
        AGENT,
        timeout,
        timeout,
        perHost,
        8,
        dir.resolve("links/checked.json"),
        Duration.ofDays(7),
        new Clock() {
          @Override
          public ZoneOffset getZone() {
            return ZoneOffset.UTC;
          }

          @Override
          public Clock withZone(java.time.ZoneId zone) {
            return this;
          }

          @Override
          public Instant instant() {
            return now;
          }
        });
  }

  private LinkCheck.Report check(List<Source> sources) throws InterruptedException {
    return new LinkCheck(settings(Duration.ofSeconds(5), 2)).check(sources);
  }

  /** A source on line {@code line} whose url is written one line below it. */
  private static Source source(String id, int line, String url, String archive) {
    SourcePosition at = new SourcePosition("content/sources.yaml", line, 1);
    return new Source(
        id,
        at,
        "Publisher",
        "Title",
        null,
        url,
        null,
        null,
        archive,
        null,
        List.of(),
        new SourcePosition("content/sources.yaml", line + 1, 8),
        new SourcePosition("content/sources.yaml", line + 2, 16));
  }

  private static List<String> lines(LinkCheck.Report r) {
    return r.diagnostics().stream()
        .map(d -> d.position() + " " + d.severity() + " " + d.code() + ": " + d.message())
        .toList();
  }

  @Test
  void reportsDeadAndMovedLinksInPositionOrder() throws Exception {
    String b = server.base();
    List<Source> sources =
        List.of(
            source("a-ok", 1, b + "/ok", null),
            source("b-renamed", 10, b + "/renamed", null),
            source("c-slash", 20, b + "/slash", null),
            source("d-no-head", 30, b + "/no-head", null),
            source("e-gone", 40, b + "/gone", b + "/broken"),
            source("f-away", 50, b + "/away", null),
            source("g-moved", 60, b + "/moved", null),
            source("h-away-gone", 70, b + "/away-gone", null));
    LinkCheck.Report r = check(sources);
    assertEquals(
        List.of(
            "content/sources.yaml:41:8 WARNING source-link-dead: the url of source 'e-gone' does"
                + " not work: the server answers 404 (not found)",
            "content/sources.yaml:42:16 WARNING source-link-dead: the archive_url of source"
                + " 'e-gone' does not work: the server answers 500 (server error)",
            "content/sources.yaml:51:8 WARNING source-link-moved: the url of source 'f-away' is"
                + " redirected elsewhere, to "
                + other.base()
                + "/ok",
            "content/sources.yaml:61:8 WARNING source-link-moved: the url of source 'g-moved' is"
                + " redirected elsewhere, to "
                + other.base()
                + "/ok",
            "content/sources.yaml:71:8 WARNING source-link-dead: the url of source 'h-away-gone'"
                + " does not work: it is redirected to "
                + other.base()
                + "/gone, where the server answers 404 (not found)"),
        lines(r));
    assertEquals(1, server.count("/no-head") - 1, "HEAD refused, then one GET");
    assertEquals(2, other.count("/ok"), "each cross-site redirect followed to its end");
  }

  @Test
  void aDeadLinkWithoutArchiveGetsTheArchiveAddressAsHint() throws Exception {
    String gone = server.base() + "/gone";
    Diagnostic d = check(List.of(source("a", 1, gone, null))).diagnostics().get(0);
    assertEquals(
        "fix the address if the page has moved; if it is gone, pick a copy at"
            + " https://web.archive.org/web/*/"
            + gone
            + " and add its address as `archive_url:`",
        d.hint());
  }

  @Test
  void aSlowServerTimesOutAndARefusedConnectionIsDead() throws Exception {
    int closed;
    try (var s = new java.net.ServerSocket(0)) {
      closed = s.getLocalPort();
    }
    List<Source> sources =
        List.of(
            source("slow", 1, server.base() + "/slow", null),
            source("refused", 10, "http://127.0.0.1:" + closed + "/", null));
    long start = System.nanoTime();
    LinkCheck.Report r = new LinkCheck(settings(Duration.ofMillis(300), 2)).check(sources);
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 1400, "did not wait");
    assertEquals(
        List.of(
            "content/sources.yaml:2:8 WARNING source-link-dead: the url of source 'slow' does not"
                + " work: the server did not answer in time",
            "content/sources.yaml:11:8 WARNING source-link-dead: the url of source 'refused' does"
                + " not work: the connection is refused"),
        lines(r));
  }

  @Test
  void everyRequestNamesTheToolAndTheSite() throws Exception {
    check(List.of(source("a", 1, server.base() + "/ok", null)));
    assertEquals(List.of(AGENT), server.userAgents());
  }

  @Test
  void aLinkThatWorkedIsNotFetchedAgainUntilItsEntryExpires() throws Exception {
    List<Source> sources =
        List.of(
            source("a", 1, server.base() + "/ok", null),
            source("b", 10, server.base() + "/gone", null));
    check(sources);
    assertEquals(1, server.count("/ok"));
    int goneBefore = server.count("/gone");
    now = now.plus(Duration.ofDays(6));
    LinkCheck.Report again = check(sources);
    assertEquals(1, server.count("/ok"), "remembered for seven days");
    assertTrue(server.count("/gone") > goneBefore, "a dead link is always fetched again");
    assertEquals(1, again.remembered());
    now = now.plus(Duration.ofDays(2));
    check(sources);
    assertEquals(2, server.count("/ok"), "fetched again once its entry is older than seven days");
  }

  @Test
  void noMoreThanTwoRequestsAtATimeToOneHost() throws Exception {
    List<Source> sources = new ArrayList<>();
    IntStream.range(0, 12)
        .forEach(i -> sources.add(source("s" + i, 10 * i + 1, server.base() + "/wait/" + i, null)));
    LinkCheck.Report r = check(sources);
    assertEquals(List.of(), r.diagnostics());
    assertEquals(12, server.total());
    assertTrue(server.mostInFlight() <= 2, "at most 2 in flight, saw " + server.mostInFlight());
    assertEquals(2, server.mostInFlight(), "the two permits are used");
  }

  @Test
  void http_to_https_and_www_stay_on_the_same_site() {
    assertEquals(
        LinkProbe.site(URI.create("http://example.org/a")),
        LinkProbe.site(URI.create("https://www.example.org/a/")));
    assertTrue(
        !LinkProbe.site(URI.create("http://127.0.0.1:8080/"))
            .equals(LinkProbe.site(URI.create("http://127.0.0.1:8081/"))));
  }
}
