package org.sourcebrief.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.GitHubAnnotations;
import org.sourcebrief.diag.PrintableText;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.site.BuildResult;

/**
 * Where a command prints: results to standard output, diagnostics to standard error. {@code env} is
 * the process environment; under GitHub Actions every diagnostic is also printed as a workflow
 * command, so it shows as an annotation on the line it concerns.
 */
record Console(PrintWriter out, PrintWriter err, Map<String, String> env) {
  void report(BuildResult r, boolean verbose) {
    if (GitHubAnnotations.enabled(env)) {
      out.print(GitHubAnnotations.format(r.diagnostics(), env, Path.of("")));
      out.flush();
    }
    if (!r.diagnostics().isEmpty()) {
      err.print(r.printer().format(r.diagnostics(), verbose));
      err.println(summary(r));
    }
    if (!r.draftsLeftOut().isEmpty()) err.println(drafts(r.draftsLeftOut()));
    err.flush();
  }

  /**
   * "0 errors, 2 warnings; …": a build that passes here with warnings fails the publish workflow.
   */
  private static String summary(BuildResult r) {
    int errors = r.count(Severity.ERROR);
    int warnings = r.count(Severity.WARNING);
    String s = DiagnosticPrinter.summary(errors, warnings, r.count(Severity.NOTICE));
    if (errors > 0 || warnings == 0) return s;
    return s
        + "; the publish workflow builds with --strict and would fail on "
        + (warnings == 1 ? "this warning" : "these warnings");
  }

  /** "Left out 1 draft (draft: true): content/briefings/a.md; --drafts includes it". */
  static String drafts(List<String> files) {
    return "Left out "
        + DiagnosticPrinter.plural(files.size(), "draft")
        + " (draft: true): "
        + PrintableText.escape(String.join(", ", files))
        + "; --drafts includes "
        + (files.size() == 1 ? "it" : "them");
  }
}
