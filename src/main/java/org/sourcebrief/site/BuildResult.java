package org.sourcebrief.site;

import java.util.List;
import java.util.SortedMap;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.Severity;

/**
 * The outcome of a build: its diagnostics (sorted, ready to print), the files it produced (empty
 * when it failed) and counts for the one-line summary.
 */
public record BuildResult(
    List<Diagnostic> diagnostics,
    DiagnosticPrinter printer,
    SortedMap<String, byte[]> files,
    int pages,
    int facts,
    int sources) {

  public boolean failed() {
    return count(Severity.ERROR) > 0;
  }

  public int count(Severity s) {
    return (int) diagnostics.stream().filter(d -> d.severity() == s).count();
  }
}
