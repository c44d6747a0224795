package org.sourcebrief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GitHubAnnotationsTest {
  private static final Map<String, String> ENV =
      Map.of("GITHUB_ACTIONS", "true", "GITHUB_WORKSPACE", "/home/runner/work/site/site");
  private static final Path CWD = Path.of("/home/runner/work/site/site");

  @Test
  void onlyUnderGitHubActions() {
    assertTrue(GitHubAnnotations.enabled(ENV));
    assertFalse(GitHubAnnotations.enabled(Map.of()));
    assertFalse(GitHubAnnotations.enabled(Map.of("GITHUB_ACTIONS", "false")));
  }

  @Test
  void anErrorBecomesAnErrorCommandWithPositionCodeAndHint() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            "fact-missing-source",
            "fact 'returns_2024' has no source",
            new SourcePosition("content/facts/returns.yaml", 14, 9),
            "add `source: <id>` naming an entry of content/sources.yaml");
    assertEquals(
        "::error file=content/facts/returns.yaml,line=14,col=9,title=fact-missing-source::"
            + "fact 'returns_2024' has no source"
            + " (hint: add `source: <id>` naming an entry of content/sources.yaml)\n",
        GitHubAnnotations.format(List.of(d), ENV, CWD));
  }

  @Test
  void warningsAndNoticesKeepTheirSeverity() {
    Diagnostic w =
        new Diagnostic(
            Severity.WARNING, "naked-number", "m", new SourcePosition("a.md", 1, 2), null);
    Diagnostic n =
        new Diagnostic(Severity.NOTICE, "fact-stale", "m", new SourcePosition("a.yaml", 0, 0), "");
    Diagnostic whole = new Diagnostic(Severity.ERROR, "no-content", "m", null, null);
    assertEquals(
        "::warning file=a.md,line=1,col=2,title=naked-number::m\n"
            + "::notice file=a.yaml,title=fact-stale::m\n"
            + "::error title=no-content::m\n",
        GitHubAnnotations.format(List.of(w, n, whole), ENV, CWD));
  }

  @Test
  void percentLineBreaksColonsAndCommasAreEscapedAsTheFormatRequires() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            "code:x,y",
            "50% of\r\nlines: a, b",
            new SourcePosition("content/odd:name,1%.md", 3, 4),
            null);
    assertEquals(
        "::error file=content/odd%3Aname%2C1%25.md,line=3,col=4,title=code%3Ax%2Cy::"
            + "50%25 of<U+000D><U+000A>lines: a, b\n",
        GitHubAnnotations.format(List.of(d), ENV, CWD));
    assertEquals("a%25b%0D%0Ac:d,e", GitHubAnnotations.data("a%b\r\nc:d,e"));
    assertEquals("a%25b%0D%0Ac%3Ad%2Ce", GitHubAnnotations.property("a%b\r\nc:d,e"));
  }

  @Test
  void pathsAreRelativeToTheRepository() {
    assertEquals(
        "site/content/a.md",
        GitHubAnnotations.repositoryPath(
            "content/a.md", Map.of("GITHUB_WORKSPACE", "/w/repo"), Path.of("/w/repo/site")));
    assertEquals(
        "content/a.md",
        GitHubAnnotations.repositoryPath(
            "/w/repo/content/a.md", Map.of("GITHUB_WORKSPACE", "/w/repo"), Path.of("/elsewhere")));
    assertEquals(
        "../outside.md",
        GitHubAnnotations.repositoryPath(
            "../outside.md", Map.of("GITHUB_WORKSPACE", "/w/repo"), Path.of("/w/repo")));
  }

  @Test
  void bidiControlsAreEscapedInAnnotationsToo() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            "unknown-fact",
            "no fact 'a\u202Eb'",
            new SourcePosition("a.md", 1, 1),
            null);
    assertTrue(GitHubAnnotations.format(List.of(d), ENV, CWD).contains("'a<U+202E>b'"));
  }
}
