package org.sourcebrief.serve;

import static org.sourcebrief.diag.DiagnosticPrinter.plural;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.site.BuildResult;

/**
 * What the preview prints in the terminal: the address, one line per rebuild with its time and the
 * edit-to-reload time, and the diagnostics. Unchanged warnings and notices are not printed again on
 * every rebuild; errors always are.
 */
final class BuildReport {
  private static final DateTimeFormatter CLOCK =
      DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

  private final PrintWriter out;
  private final PrintWriter err;
  private final String outName;
  private List<Diagnostic> shown = List.of();
  private volatile String origin = "";

  BuildReport(PrintWriter out, PrintWriter err, Path outFolder) {
    this.out = out;
    this.err = err;
    this.outName = outFolder == null ? null : outFolder.toString().replace('\\', '/') + "/";
  }

  void firstBuild(BuildResult r, long nanos) {
    diagnostics(r);
    if (r.failed()) {
      err.println(
          "The site could not be built; the preview shows the errors until they are fixed.");
    } else {
      out.println(
          String.format(
              Locale.ROOT,
              "Built %s: %s in %.2f s",
              outName == null ? "the site" : outName,
              counts(r),
              nanos / 1e9));
    }
    flush();
  }

  void serving(String origin, String basePath, int askedPort, int port, List<Path> watched) {
    this.origin = origin;
    if (askedPort != 0 && askedPort != port) {
      out.println("Port " + askedPort + " is in use, so the preview uses port " + port + ".");
    }
    out.println("Serving the preview at " + address(basePath));
    out.println(
        "Watching "
            + String.join(" and ", watched.stream().map(p -> p + "/").toList())
            + " for changes. Press Ctrl-C to stop.");
    flush();
  }

  void rebuilt(Changes c, BuildResult r, long buildNanos, long reloadNanos, boolean fixed) {
    diagnostics(r);
    String when = clock() + " " + c.describe() + " changed: ";
    if (r.failed()) {
      err.println(
          when
              + plural(r.count(Severity.ERROR), "error")
              + " (rebuilt in "
              + ms(buildNanos)
              + ", error overlay sent "
              + ms(reloadNanos)
              + " after the change); still serving the"
              + " last good build.");
    } else {
      out.println(
          when
              + (fixed ? "fixed; " : "")
              + "rebuilt in "
              + ms(buildNanos)
              + ", reload sent "
              + ms(reloadNanos)
              + " after the change ("
              + counts(r)
              + ").");
    }
    flush();
  }

  void unchanged(Changes c, BuildResult r, long buildNanos) {
    diagnostics(r);
    String what =
        r.failed()
            ? "the same " + plural(r.count(Severity.ERROR), "error") + " as before"
            : "the site is unchanged";
    (r.failed() ? err : out)
        .println(
            clock()
                + " "
                + c.describe()
                + " changed: rebuilt in "
                + ms(buildNanos)
                + "; "
                + what
                + ", so no reload.");
    flush();
  }

  void addressChanged(String basePath) {
    out.println("The site's base path changed: the preview is now at " + address(basePath));
    flush();
  }

  void writeFailed(Exception e) {
    err.println(
        "Could not write "
            + outName
            + ": "
            + e.getMessage()
            + ". The preview in the browser is up to date.");
    flush();
  }

  void crashed(Changes c, Throwable e) {
    err.println(
        clock()
            + " "
            + c.describe()
            + " changed: internal error while rebuilding: this is"
            + " a bug in sourcebrief, not a mistake in your content. Please report it with the text below.");
    e.printStackTrace(err);
    flush();
  }

  void stopped(int port) {
    out.println("Stopped the preview; port " + port + " is free again.");
    flush();
  }

  /** Prints the diagnostics when there are errors or they differ from the last ones printed. */
  private void diagnostics(BuildResult r) {
    if (!r.diagnostics().isEmpty() && (r.failed() || !r.diagnostics().equals(shown))) {
      err.print(r.printer().format(r.diagnostics()));
      err.println(
          DiagnosticPrinter.summary(
              r.count(Severity.ERROR), r.count(Severity.WARNING), r.count(Severity.NOTICE)));
    }
    shown = r.diagnostics();
  }

  private String address(String basePath) {
    return origin + SiteRoutes.encodePath(basePath);
  }

  private static String counts(BuildResult r) {
    String s =
        plural(r.pages(), "page")
            + ", "
            + plural(r.facts(), "fact")
            + ", "
            + plural(r.sources(), "source")
            + ", "
            + plural(r.count(Severity.WARNING), "warning");
    int notices = r.count(Severity.NOTICE);
    return notices > 0 ? s + ", " + plural(notices, "notice") : s;
  }

  private static String ms(long nanos) {
    return (nanos / 1_000_000) + " ms";
  }

  private static String clock() {
    return LocalTime.now().format(CLOCK);
  }

  private void flush() {
    out.flush();
    err.flush();
  }
}
