package org.sourcebrief.site;

import java.util.List;
import java.util.SortedMap;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.Severity;

/**
 * The outcome of a build: its diagnostics (sorted, ready to print), the files it produced (empty
 * when it failed), counts for the one-line summary, how many chart images were drawn rather than
 * taken from the cache, the time each stage took, and the address the site is published at (null
 * when site.yaml could not be read), and the files of the narratives left out as drafts.
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    DiagnosticPrinter printer,
    SortedMap<String, byte[]> files,
    int pages,
    int facts,
    int sources,
    int chartsDrawn,
    StageTimes times,
    String baseUrl,
    List<String> draftsLeftOut) {

  /** The path the site is served under: "/" without a base_url, or when site.yaml was unread. */
  public String basePath() {
    return baseUrl == null ? "/" : SiteConfig.basePath(baseUrl);
  }

  public boolean failed() {
    return count(Severity.ERROR) > 0;
  }

  public int count(Severity s) {
    return (int) diagnostics.stream().filter(d -> d.severity() == s).count();
  }
}
