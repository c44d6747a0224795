package org.sourcebrief.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.links.LinkServer;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;

/** `check --links` against publishers on 127.0.0.1: what it says, where, and when it fails. */
class CheckLinksTest {
  @TempDir Path dir;
  private LinkServer other;
  private LinkServer server;

  @BeforeEach
  void start() throws Exception {
    other = new LinkServer(null);
    server = new LinkServer(other.base());
    FixtureSite.write(dir, site(server.base()));
  }

  @AfterEach
  void stop() {
    server.close();
    other.close();
  }

  private static String site(String b) {
    return """
        -- content/site.yaml --
        title: "Test site"
        description: "A site for tests."
        base_url: "https://example.org/test/"
        language: en
        locale: en-US
        -- content/sources.yaml --
        agency-2024:
          publisher: "Statistics Agency"
          title: "Annual report"
          date: 2024-05
          url: "B/ok"
          accessed: 2024-06-01
        gone-2024:
          publisher: "Ministry"
          title: "Press release"
          date: 2024-05
          url: "B/gone"
          accessed: 2024-06-01
        kept-2024:
          publisher: "Ministry"
          title: "Statement"
          date: 2024-05
          url: "B/broken"
          accessed: 2024-06-01
          archive_url: "B/no-head"
        moved-2024:
          publisher: "Agency"
          title: "Dataset"
          date: 2024-05
          url:   "B/away"
          accessed: 2024-06-01
        slow-2024:
          publisher: "Agency"
          title: "Slow page"
          date: 2024-05
          url: "B/slow"
          accessed: 2024-06-01
        -- content/facts/a.yaml --
        - id: people_count
          label: "People counted"
          value: 757008
          unit: people
          as_of: 2024-04-30
          source: agency-2024
        -- content/briefings/first.md --
        ---
        title: "First briefing"
        summary: "A summary."
        date: 2024-06-01
        ---
        We counted {{fact:people_count}} people.{{cite:agency-2024}}
        """
        .replace("B/", b + "/");
  }

  private CliRun check(String... extra) {
    String[] args = new String[extra.length + 3];
    args[0] = "--links";
    args[1] = "--links-timeout";
    args[2] = "0.5";
    System.arraycopy(extra, 0, args, 3, extra.length);
    return CliRun.in(dir, "check", args);
  }

  @Test
  void reportsEachDeadOrMovedLinkAtItsAddressAsAWarning() {
    CliRun r = check();
    String err = r.errRelativeTo(dir).replace(server.base(), "B").replace(other.base(), "O");
    assertEquals(0, r.exitCode(), err);
    assertEquals(
        """
        content/sources.yaml:11:8: warning[source-link-dead]: the url of source 'gone-2024' does not work: the server answers 404 (not found)
           11 |   url: "B/gone"
              |        ^
          hint: fix the address if the page has moved; if it is gone, pick a copy at https://web.archive.org/web/*/B/gone and add its address as `archive_url:`
        content/sources.yaml:17:8: warning[source-link-dead]: the url of source 'kept-2024' does not work: the server answers 500 (server error)
           17 |   url: "B/broken"
              |        ^
          hint: fix the address if the page has moved; readers can still follow the archived copy
        content/sources.yaml:24:10: warning[source-link-moved]: the url of source 'moved-2024' is redirected elsewhere, to O/ok
           24 |   url:   "B/away"
              |          ^
          hint: if that is the same document, write its new address in `url:`; if not, the page is gone from its first address
        content/sources.yaml:30:8: warning[source-link-dead]: the url of source 'slow-2024' does not work: the server did not answer in time
           30 |   url: "B/slow"
              |        ^
          hint: fix the address if the page has moved; if it is gone, pick a copy at https://web.archive.org/web/*/B/slow and add its address as `archive_url:`
        0 errors, 4 warnings; the publish workflow builds with --strict and would fail on these warnings
        """,
        err);
    assertTrue(r.out().contains("Links: 6 addresses fetched"), r.out());
  }

  @Test
  void strictMakesThemErrors() {
    CliRun r = check("--strict");
    assertEquals(1, r.exitCode());
    assertTrue(r.errRelativeTo(dir).contains("error[source-link-dead]"), r.err());
  }

  @Test
  void aSecondCheckFetchesOnlyWhatDidNotWorkOrHasExpired() throws Exception {
    check();
    assertEquals(1, server.count("/ok"));
    assertTrue(Files.isRegularFile(dir.resolve(".cache/links/checked.json")));
    CliRun again = check();
    assertEquals(1, server.count("/ok"), "remembered");
    assertEquals(2, server.count("/no-head"), "remembered: one HEAD and one GET in all");
    assertTrue(
        again
            .out()
            .contains("Links: 4 addresses fetched; 2 addresses worked within the last 7 days"),
        again.out());
    check("--links-max-age", "0");
    assertEquals(2, server.count("/ok"), "fetched again when nothing is recent enough");
  }

  @Test
  void theUserAgentNamesTheToolItsVersionAndTheSite() {
    check();
    assertEquals(
        "sourcebrief/0.1.0 (+https://example.org/test/; source link check)",
        server.userAgents().get(0));
  }

  @Test
  void aNegativeAgeOrTimeoutIsAUsageError() {
    assertEquals(2, check("--links-max-age", "-1").exitCode());
    assertEquals(2, CliRun.in(dir, "check", "--links", "--links-timeout", "0").exitCode());
    assertEquals(0, server.total());
  }

  @Test
  void withoutLinksNothingIsFetched() {
    CliRun r = CliRun.in(dir, "check");
    assertEquals(0, r.exitCode(), r.err());
    CliRun b = CliRun.in(dir, "build");
    assertEquals(0, b.exitCode(), b.err());
    assertEquals(0, server.total());
  }
}
