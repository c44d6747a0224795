package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;

class ErrorOverlayTest {
  private final SourceTexts texts = new SourceTexts();
  private final DiagnosticPrinter printer = new DiagnosticPrinter(texts);

  {
    texts.put(
        "content/briefings/a.md", "---\ntitle: A\n---\nWe <b>counted</b> {{fact:x<y}} & more.\n");
  }

  private static Diagnostic at(
      Severity s, String code, String message, int line, int col, String hint) {
    return new Diagnostic(
        s, code, message, new SourcePosition("content/briefings/a.md", line, col), hint);
  }

  @Test
  void manyFindingsOfOneCodeInOneFileShowTheFirstTwentyAndACount() {
    List<Diagnostic> many = new java.util.ArrayList<>();
    for (int i = 1; i <= 5000; i++) {
      many.add(
          at(Severity.WARNING, "naked-number", "number " + i + " is typed", 4, i, "use a fact"));
    }
    many.add(at(Severity.ERROR, "unknown-fact", "there is no fact 'x'", 4, 19, "define it"));
    String html = ErrorOverlay.html(many, printer, true);
    assertEquals(21, html.split("<li class=\"sb-").length - 1, "20 warnings and the error");
    assertTrue(
        html.contains("4980 more warning[naked-number] in content/briefings/a.md, not shown"),
        html);
    assertTrue(html.length() < 100_000, () -> "the overlay is " + html.length() + " characters");
  }

  @Test
  void noDiagnosticsNoMarkup() {
    assertEquals("", ErrorOverlay.html(List.of(), printer, true));
  }

  @Test
  void errorsMakeAFullOverlayWithPositionCodeMessageExcerptAndHintAllEscaped() {
    Diagnostic d =
        at(
            Severity.ERROR,
            "unknown-fact",
            "there is no fact 'x<y>' <script>alert(1)</script>",
            4,
            19,
            "write `{{fact:<id>}}` & check the id");
    String html = ErrorOverlay.html(List.of(d), printer, true);
    assertTrue(html.contains("<div id=\"sourcebrief-overlay\" role=\"alertdialog\""), html);
    assertTrue(html.contains(">The content has 1 error</h2>"), html);
    assertTrue(html.contains("<code class=\"sb-pos\">content/briefings/a.md:4:19</code>"), html);
    assertTrue(
        html.contains(
            "<span class=\"sb-sev\">error</span><span class=\"sb-code\">[unknown-fact]</span>"),
        html);
    assertTrue(
        html.contains(
            "there is no fact &#39;x&lt;y&gt;&#39; &lt;script&gt;alert(1)&lt;/script&gt;"),
        html);
    assertTrue(
        html.contains(
            "<pre class=\"sb-excerpt\">4 | We &lt;b&gt;counted&lt;/b&gt; {{fact:x&lt;y}} &amp; more.\n"
                + "  |                   ^</pre>"),
        html);
    assertTrue(
        html.contains(
            "<strong>Hint:</strong> write <code>{{fact:&lt;id&gt;}}</code> &amp; check the id"),
        html);
    assertFalse(html.contains("<script>alert"), html);
    assertFalse(html.contains("<b>counted"), html);
  }

  @Test
  void errorsComeFirstThenWarningsAndNotices() {
    List<Diagnostic> sorted =
        List.of(
            at(Severity.NOTICE, "fact-stale", "MESSAGE-N", 1, 1, null),
            at(Severity.WARNING, "naked-number", "MESSAGE-W", 2, 1, null),
            at(Severity.ERROR, "unknown-fact", "MESSAGE-E", 4, 1, null));
    String html = ErrorOverlay.html(sorted, printer, true);
    int error = html.indexOf("MESSAGE-E");
    int warning = html.indexOf("MESSAGE-W");
    int notice = html.indexOf("MESSAGE-N");
    assertTrue(error < warning && warning < notice, html);
    assertTrue(html.contains("The content has 1 error"), html);
    assertTrue(
        html.contains("<details class=\"sb-more\"><summary>Also 1 warning, 1 notice</summary>"),
        "warnings and notices are folded below the errors: " + html);
  }

  @Test
  void withoutAGoodBuildTheOverlaySaysSo() {
    String html =
        ErrorOverlay.html(List.of(at(Severity.ERROR, "x", "m", 1, 1, null)), printer, false);
    assertTrue(html.contains("The site could not be built."), html);
  }

  @Test
  void warningsAndNoticesMakeASmallDismissiblePanel() {
    String notices =
        ErrorOverlay.html(
            List.of(at(Severity.NOTICE, "fact-stale", "old", 1, 1, null)), printer, true);
    assertTrue(notices.contains("<details id=\"sourcebrief-notes\" data-fingerprint=\""), notices);
    assertFalse(notices.contains(" open>"), "notices alone start folded");
    assertTrue(notices.contains("<summary>Sourcebrief preview: 1 notice</summary>"), notices);
    assertTrue(notices.contains("data-sourcebrief-dismiss"), notices);
    assertFalse(notices.contains("sourcebrief-overlay"), notices);

    String warnings =
        ErrorOverlay.html(List.of(at(Severity.WARNING, "w", "careful", 1, 1, null)), printer, true);
    assertTrue(warnings.contains("class=\"sb-has-warnings\" open>"), "warnings start unfolded");
  }

  @Test
  void aDiagnosticWithoutPositionHasNoExcerpt() {
    Diagnostic d =
        new Diagnostic(Severity.ERROR, "site-missing", "no site.yaml", null, "create it");
    String html = ErrorOverlay.html(List.of(d), printer, false);
    assertFalse(html.contains("class=\"sb-pos\""), html);
    assertFalse(html.contains("class=\"sb-excerpt\""), html);
    assertTrue(html.contains("no site.yaml"), html);
  }

  @Test
  void aCrashIsShownAsABugNotAContentMistake() {
    String html = ErrorOverlay.crash(new IllegalStateException("<boom>"));
    assertTrue(html.contains("Sourcebrief hit a bug"), html);
    assertTrue(html.contains("java.lang.IllegalStateException: &lt;boom&gt;"), html);
  }
}
