package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class SiteRoutesTest {
  private static final String PAGE = "<!DOCTYPE html><html><body><p>%s</p></body></html>";

  private static SiteState site(String basePath) {
    SortedMap<String, byte[]> files = new TreeMap<>();
    files.put("index.html", bytes(PAGE.formatted("home")));
    files.put("briefings/a/index.html", bytes(PAGE.formatted("briefing a")));
    files.put("404.html", bytes(PAGE.formatted("not found")));
    files.put("assets/style.css", bytes("body{}"));
    files.put("data/facts.csv", bytes("id,value\n"));
    files.put("sitemap.xml", bytes("<urlset/>"));
    files.put("figures/c.svg", bytes("<svg/>"));
    files.put(".nojekyll", new byte[0]);
    return new SiteState("run-1", files, basePath, "<div id=\"sourcebrief-overlay\"></div>", true);
  }

  private static Reply get(String target, SiteState state) {
    return SiteRoutes.route(URI.create(target), state);
  }

  @Test
  void theRootAndTheBarePathRedirectToTheBasePath() {
    assertRedirect("/test/", get("/", site("/test/")));
    assertRedirect("/test/", get("/test", site("/test/")));
    assertRedirect("/test/?x=1", get("/test?x=1", site("/test/")));
  }

  @Test
  void aFolderWithoutItsSlashRedirectsToIt() {
    assertRedirect("/test/briefings/a/", get("/test/briefings/a", site("/test/")));
    assertRedirect(
        "/test/briefings/a/?q=%C3%A9", get("/test/briefings/a?q=%C3%A9", site("/test/")));
  }

  @Test
  void foldersAnswerWithTheirIndexAndHtmlGetsTheOverlayAndScript() {
    Reply r = get("/test/briefings/a/", site("/test/"));
    assertEquals(200, r.status());
    assertEquals("text/html; charset=utf-8", r.contentType());
    String html = text(r);
    assertTrue(
        html.startsWith("<!DOCTYPE html><html><body><div id=\"sourcebrief-overlay\">"), html);
    assertTrue(html.endsWith("</script>\n</body></html>"), html);
    assertTrue(html.contains("var build = \"run-1\""), html);
    assertTrue(text(get("/test/", site("/test/"))).contains("<p>home</p>"));
  }

  @Test
  void otherFilesAreServedAsBuiltWithTheirType() {
    SiteState s = site("/test/");
    assertFile("text/css; charset=utf-8", "body{}", get("/test/assets/style.css", s));
    assertFile("text/csv; charset=utf-8", "id,value\n", get("/test/data/facts.csv", s));
    assertFile("application/xml; charset=utf-8", "<urlset/>", get("/test/sitemap.xml", s));
    assertFile("image/svg+xml", "<svg/>", get("/test/figures/c.svg", s));
    assertFile("text/plain; charset=utf-8", "", get("/test/.nojekyll", s));
  }

  @Test
  void unknownPathsGetTheSites404PageWithStatus404() {
    for (String path :
        new String[] {"/test/nope", "/test/briefings/b/", "/elsewhere/", "/test/../x"}) {
      Reply r = get(path, site("/test/"));
      assertEquals(404, r.status(), path);
      assertTrue(text(r).contains("<p>not found</p>"), path);
      assertTrue(text(r).contains("sourcebrief-live-reload"), path);
    }
  }

  @Test
  void aSiteAtTheRootIsServedFromTheRoot() {
    assertTrue(text(get("/", site("/"))).contains("<p>home</p>"));
    assertRedirect("/briefings/a/", get("/briefings/a", site("/")));
  }

  @Test
  void beforeAnyGoodBuildEveryPageIsTheOverlay() {
    SiteState none =
        new SiteState(
            "run-1",
            Collections.emptySortedMap(),
            "/test/",
            "<div id=\"sourcebrief-overlay\"></div>",
            true);
    assertRedirect("/test/", get("/", none));
    Reply r = get("/test/briefings/a/", none);
    assertEquals(503, r.status());
    assertTrue(text(r).contains("<body><div id=\"sourcebrief-overlay\">"), text(r));
  }

  private static void assertRedirect(String location, Reply r) {
    assertEquals(302, r.status());
    assertEquals(location, r.location());
  }

  private static void assertFile(String type, String body, Reply r) {
    assertEquals(200, r.status());
    assertEquals(type, r.contentType());
    assertNull(r.location());
    assertArrayEquals(bytes(body), r.body());
  }

  private static String text(Reply r) {
    return new String(r.body(), StandardCharsets.UTF_8);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
