package org.sourcebrief.cli;

import java.io.PrintWriter;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.site.BuildResult;

/** Where a command prints: results to standard output, diagnostics to standard error. */
record Console(PrintWriter out, PrintWriter err) {
  void report(BuildResult r) {
    if (r.diagnostics().isEmpty()) return;
    err.print(r.printer().format(r.diagnostics()));
    err.println(
        DiagnosticPrinter.summary(
            r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.NOTICE)));
    err.flush();
  }
}
