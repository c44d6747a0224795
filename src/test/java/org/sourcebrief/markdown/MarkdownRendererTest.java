package org.sourcebrief.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.DefaultTheme;
import org.sourcebrief.testing.FixtureSite;

class MarkdownRendererTest {
  private static final String SITE =
      FixtureSite.MINIMAL.replace(
          """
      -- content/briefings/first.md --""",
          """
      -- content/facts/b.yaml --
      - id: share_returned
        label: "Share returned"
        value: 12.5
        unit: percent
        as_of: 2024
        source: [agency-2024, ministry]
      - id: total
        label: "Total"
        value: 3200000
        approximate: true
        as_of: 2024
        source: ministry
      - id: remainder
        label: "Remainder"
        derive: "total - people_count"
      -- content/sources/more.yaml --
      ministry:
        publisher: "Ministry"
        title: "Briefing"
        date: 2024
      -- content/briefings/first.md --""");

  private static Render render(String body) {
    Checked c =
        Checked.of(
            SITE.replace("We counted {{fact:people_count}} people.{{cite:agency-2024}}", body));
    Narrative n = c.content().narratives().get(0);
    RenderedPage page = DefaultTheme.markdown(c.content(), c.diagnostics()).render(n, "../../");
    return new Render(page.html(), c.codes());
  }

  record Render(String html, List<String> codes) {}

  @Test
  void factRendersFormattedValueInDataElementWithMarker() {
    Render r = render("Counted {{fact:people_count}}.");
    assertTrue(
        r.html.contains(
            "<bdi><data value=\"757008\">757,008</data></bdi><sup class=\"fn\">"
                + "<a href=\"#note-1\" id=\"ref-1-1\" role=\"doc-noteref\">1</a></sup>"),
        r.html);
    assertTrue(
        r.html.contains(
            "<li id=\"note-1\"><bdi>Statistics Agency</bdi>, <cite><bdi>Annual report</bdi></cite>,"
                + " May 2024."),
        r.html);
  }

  @Test
  void formatsByUnitAndByRequest() {
    Render r =
        render(
            "{{fact:share_returned}} / {{fact:total}} / {{fact:total|number}} / "
                + "{{fact:total|plain}} / {{fact:people_count|compact}}");
    assertTrue(r.html.contains(">12.5%</data>"), r.html);
    assertTrue(r.html.contains(">about 3.2 million</data>"), r.html);
    assertTrue(r.html.contains(">3,200,000</data>"), r.html);
    assertTrue(r.html.contains(">3200000</data>"), r.html);
    assertTrue(
        r.html.contains(">757.0 thousand</data>") || r.html.contains(">757 thousand</data>"),
        r.html);
  }

  @Test
  void notesAreNumberedInOrderOfFirstUseAndOneNumberPerSource() {
    Render r =
        render(
            "A {{cite:ministry}}. B {{fact:people_count}}. C {{cite:ministry}}. "
                + "D {{fact:share_returned}}.");
    // ministry = 1, agency = 2; the two-source fact cites both numbers
    assertTrue(r.html.contains("A <sup class=\"fn\"><a href=\"#note-1\" id=\"ref-1-1\""), r.html);
    assertTrue(
        r.html.contains(
            "B <bdi><data value=\"757008\">757,008</data></bdi><sup class=\"fn\"><a href=\"#note-2\" id=\"ref-2-1\""),
        r.html);
    assertTrue(r.html.contains("C <sup class=\"fn\"><a href=\"#note-1\" id=\"ref-1-2\""), r.html);
    assertTrue(
        r.html.contains(
            "<a href=\"#note-2\" id=\"ref-2-2\" role=\"doc-noteref\">2</a>, "
                + "<a href=\"#note-1\" id=\"ref-1-3\" role=\"doc-noteref\">1</a>"),
        r.html);
    assertEquals(2, r.html.split("<li id=\"note-").length - 1, r.html);
    assertTrue(
        r.html.contains("href=\"#ref-1-1\"")
            && r.html.contains("href=\"#ref-1-2\"")
            && r.html.contains("href=\"#ref-1-3\""),
        "each citing place gets a back-link: " + r.html);
  }

  @Test
  void derivedFactCitesACalculationNoteAndItsInputsSources() {
    Render r = render("Rest: {{fact:remainder}}.");
    assertTrue(r.html.contains("<data value=\"2442992\">about 2.4 million</data>"), r.html);
    assertTrue(
        r.html.contains(
            "<li id=\"note-1\">Calculated from <bdi><a href=\"../../facts/#total\">Total</a> − "
                + "<a href=\"../../facts/#people_count\">People counted</a></bdi>. Sources: <a href=\"#note-2\">2</a>, <a href=\"#note-3\">3</a>."),
        r.html);
  }

  @Test
  void editorFootnotesJoinTheSameNumbering() {
    Render r = render("X {{cite:ministry}} and a remark[^r].\n\n[^r]: My own *note*.\n");
    assertTrue(
        r.html.contains("<a href=\"#note-2\" id=\"ref-2-1\" role=\"doc-noteref\">2</a>"), r.html);
    assertTrue(r.html.contains("<li id=\"note-2\"><p>My own <em>note</em>.</p>"), r.html);
  }

  @Test
  void referencesInCodeStayLiteralAndRawIsEscaped() {
    Render r = render("`{{fact:people_count}}` and {{raw:24/7 <b>}}\n\n```\n{{fact:nope}}\n```\n");
    assertTrue(r.html.contains("<code>{{fact:people_count}}</code>"), r.html);
    assertTrue(r.html.contains("24/7 &lt;b&gt;"), r.html);
    assertTrue(r.codes.isEmpty(), r.codes.toString());
  }

  @Test
  void rawHtmlIsEscapedAndScriptLinksAreDropped() {
    Render r =
        render(
            "Text <script>alert(1)</script> <b>b</b> [one](JavaScript:alert(1)) "
                + "[two](  vbscript:x) ![img](DATA:image/png;base64,xx) <javascript:alert(2)> "
                + "[three](java&#x73;cript:alert(3)) [ok](https://example.org/)");
    assertFalse(r.html.contains("<script"), r.html);
    assertTrue(r.html.contains("&lt;script&gt;"), r.html);
    assertFalse(
        r.html.toLowerCase().matches("(?s).*(href|src)=\"\\s*(javascript|vbscript|data).*"),
        r.html);
    assertFalse(r.html.contains("<img"), r.html);
    assertTrue(
        r.html.contains("one") && r.html.contains("two") && r.html.contains("three"), r.html);
    assertTrue(r.html.contains("<a href=\"https://example.org/\">ok</a>"), r.html);
  }

  /** A browser and the HTML checker refuse raw {@code <}, {@code "} or spaces in an address. */
  @Test
  void linkAddressesArePercentEncoded() {
    Render r =
        render(
            "[one](..<script>alert(1)</script>/next/) [two](../café/) "
                + "[three](../a%20b/?q=1&r=2#top)");
    assertTrue(
        r.html.contains("<a href=\"..%3Cscript%3Ealert(1)%3C/script%3E/next/\">one</a>"), r.html);
    assertTrue(r.html.contains("<a href=\"../caf%C3%A9/\">two</a>"), r.html);
    assertTrue(r.html.contains("<a href=\"../a%20b/?q=1&amp;r=2#top\">three</a>"), r.html);
  }

  /** One marker a line, each indented further: browsers flatten a tree over 513 elements deep. */
  @Test
  void aListNestedLineByLineBeyondTheLimitIsAnError() {
    StringBuilder body = new StringBuilder();
    for (int i = 0; i < 150; i++) body.append("  ".repeat(i)).append("- item\n");
    Render r = render(body.toString());
    assertEquals(List.of("content/briefings/first.md:55:101 markdown-too-deep"), r.codes);
    assertFalse(r.html.contains("<li>"), r.html);
    Render fine = render("- one\n  - two\n    - three\n");
    assertTrue(fine.html.contains("<li>three</li>"), fine.html);
  }

  @Test
  void referenceInsideTableCellMayEscapeItsBar() {
    Render r = render("| What | Value |\n|---|---|\n| Total | {{fact:total\\|compact}} |\n");
    assertTrue(
        r.html.contains("<td><bdi><data value=\"3200000\">3.2 million</data></bdi>"), r.html);
  }

  @Test
  void headingsGetIds() {
    Render r = render("## The UN figures\n\nText {{cite:ministry}}.");
    assertTrue(r.html.contains("<h2 id=\"the-un-figures\">The UN figures</h2>"), r.html);
  }

  @Test
  void mistakesAreReportedWithPositions() {
    Render r =
        render(
            "Line one {{fact:people_cont}}.\nTwo {{fact:total|compakt}} {{cite:nobody}}\n"
                + "Three {{chart:none}} {{oops:x}} {{fact:total");
    assertEquals(
        List.of(
            "content/briefings/first.md:6:10 unknown-fact",
            "content/briefings/first.md:7:5 unknown-format",
            "content/briefings/first.md:7:28 unknown-source",
            "content/briefings/first.md:8:7 chart-not-alone",
            "content/briefings/first.md:8:22 reference-unknown-kind",
            "content/briefings/first.md:8:33 reference-unclosed"),
        r.codes);
  }

  @Test
  void quotationsNestedBeyondTheLimitAreAContentError() {
    Render r = render("Intro.\n\n" + "> ".repeat(1000) + "Deep.");
    assertEquals(List.of("content/briefings/first.md:8:101 markdown-too-deep"), r.codes);
    assertEquals("", r.html);
  }

  @Test
  void listsNestedOnOneLineCountToo() {
    Render r = render("- ".repeat(60) + "Deep.");
    assertEquals(List.of("content/briefings/first.md:6:101 markdown-too-deep"), r.codes);
  }

  @Test
  void aLongRunOfAsterisksIsARuleNotACrash() {
    Render r = render("Intro.\n\n" + "*".repeat(2000) + "\n\nOutro.");
    assertEquals(List.of(), r.codes);
    assertTrue(r.html.contains("<hr />"), r.html);
  }

  @Test
  void unsafeLinksAreFoundHoweverDeepTheyLie() {
    com.vladsch.flexmark.util.ast.Document doc =
        new com.vladsch.flexmark.util.ast.Document(
            null, com.vladsch.flexmark.util.sequence.BasedSequence.NULL);
    com.vladsch.flexmark.util.ast.Node parent = doc;
    for (int i = 0; i < 100_000; i++) {
      com.vladsch.flexmark.ast.BlockQuote q = new com.vladsch.flexmark.ast.BlockQuote();
      parent.appendChild(q);
      parent = q;
    }
    com.vladsch.flexmark.ast.Link link = new com.vladsch.flexmark.ast.Link();
    link.setUrl(com.vladsch.flexmark.util.sequence.BasedSequence.of("javascript:alert(1)"));
    parent.appendChild(link);
    UnsafeLinks.check(
        doc, false, new BodyPositions("x.md", "", 1), new org.sourcebrief.diag.Diagnostics());
    assertEquals(null, parent.getFirstChild());
  }
}
