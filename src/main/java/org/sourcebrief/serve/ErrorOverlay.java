package org.sourcebrief.serve;

import static org.sourcebrief.diag.DiagnosticPrinter.plural;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.FindingLimit;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.text.Html;

/**
 * The markup that shows the current diagnostics on every preview page: nothing when there are none;
 * a full-page overlay when there are errors (the page behind it is the last good build); a small
 * panel in a corner for warnings and staleness notices, which the editor may dismiss. Everything
 * taken from the content is escaped.
 */
final class ErrorOverlay {
  static final String OVERLAY_ID = "sourcebrief-overlay";
  static final String PANEL_ID = "sourcebrief-notes";
  private static final Pattern BACKTICKS = Pattern.compile("`([^`]+)`");

  private ErrorOverlay() {}

  /**
   * The overlay or panel for one build's diagnostics; {@code lastGood} is false before any good
   * build.
   */
  static String html(List<Diagnostic> diagnostics, DiagnosticPrinter printer, boolean lastGood) {
    if (diagnostics.isEmpty()) return "";
    List<Diagnostic> errors = only(diagnostics, Severity.ERROR::equals);
    List<Diagnostic> others = only(diagnostics, s -> s != Severity.ERROR);
    if (errors.isEmpty()) {
      int warnings = count(others, Severity.WARNING);
      return panel(
          counts(others),
          warnings > 0,
          Integer.toHexString(printer.format(diagnostics).hashCode()),
          items(others, printer));
    }
    String lead =
        lastGood
            ? "This page is the last good build. Fix the problem and save the file: the page reloads by itself."
            : "The site could not be built. Fix the problem and save the file: the page reloads by itself.";
    // Warnings and notices are folded away, so the errors that stop the build stand out.
    String more =
        others.isEmpty()
            ? ""
            : "<details class=\"sb-more\"><summary>Also "
                + escape(counts(others))
                + "</summary>"
                + items(others, printer)
                + "</details>";
    return overlay(
        "The content has " + plural(errors.size(), "error"), lead, items(errors, printer) + more);
  }

  /** The overlay for a bug in Sourcebrief itself, which stopped a rebuild. */
  static String crash(Throwable e) {
    String item =
        "<ol class=\"sb-list\"><li class=\"sb-error\"><p class=\"sb-head\"><span class=\"sb-sev\">internal error</span></p>"
            + "<pre class=\"sb-excerpt\">"
            + escape(e.toString())
            + "</pre>"
            + "<p class=\"sb-hint\"><strong>Hint:</strong> the terminal running <code>sourcebrief serve</code>"
            + " shows the details to include in a bug report.</p></li></ol>";
    return overlay(
        "Sourcebrief hit a bug",
        "This is a bug in Sourcebrief, not a mistake in your"
            + " content. This page is the last good build; saving a file tries again.",
        item);
  }

  private static String overlay(String title, String lead, String items) {
    return OverlayStyle.overlay(OVERLAY_ID)
        + "<div id=\""
        + OVERLAY_ID
        + "\" role=\"alertdialog\" aria-modal=\"true\""
        + " aria-labelledby=\"sourcebrief-overlay-title\" aria-describedby=\"sourcebrief-overlay-lead\">"
        + "<div class=\"sb-card\"><p class=\"sb-brand\">Sourcebrief preview</p>"
        + "<h2 id=\"sourcebrief-overlay-title\">"
        + escape(title)
        + "</h2>"
        + "<p id=\"sourcebrief-overlay-lead\" class=\"sb-lead\">"
        + escape(lead)
        + "</p>"
        + items
        + "</div></div>\n";
  }

  private static String panel(String summary, boolean open, String fingerprint, String items) {
    return OverlayStyle.panel(PANEL_ID)
        + "<details id=\""
        + PANEL_ID
        + "\" data-fingerprint=\""
        + fingerprint
        + "\""
        + (open ? " class=\"sb-has-warnings\" open" : "")
        + ">"
        + "<summary>Sourcebrief preview: "
        + escape(summary)
        + "</summary>"
        + "<div class=\"sb-body\">"
        + items
        + "<button type=\"button\" data-sourcebrief-dismiss>Dismiss until these change</button>"
        + "</div></details>\n";
  }

  /**
   * Each diagnostic as an item, limited as the terminal limits them ({@link FindingLimit}): a file
   * with thousands of findings must not make a page of megabytes. A line after them counts the
   * rest.
   */
  private static String items(List<Diagnostic> diagnostics, DiagnosticPrinter printer) {
    FindingLimit limit = new FindingLimit();
    StringBuilder out = new StringBuilder("<ol class=\"sb-list\">");
    for (Diagnostic d : diagnostics) if (limit.shows(d)) out.append(item(d, printer));
    out.append("</ol>");
    for (String file : limit.files()) {
      String where = file == null ? "the site" : file;
      limit
          .hidden(file)
          .forEach(
              (kind, n) ->
                  out.append("<p class=\"sb-more-count\">")
                      .append(escape(n + " more " + kind + " in " + where))
                      .append(", not shown</p>"));
    }
    return out.toString();
  }

  private static String item(Diagnostic d, DiagnosticPrinter printer) {
    StringBuilder out =
        new StringBuilder("<li class=\"sb-").append(d.severity().label()).append("\">");
    out.append("<p class=\"sb-head\">");
    if (d.position() != null) {
      out.append("<code class=\"sb-pos\">")
          .append(escape(d.position().toString()))
          .append("</code> ");
    }
    out.append("<span class=\"sb-sev\">")
        .append(d.severity().label())
        .append("</span>")
        .append("<span class=\"sb-code\">[")
        .append(escape(d.code()))
        .append("]</span></p>");
    out.append("<p class=\"sb-msg\">").append(escape(d.message())).append("</p>");
    String excerpt = excerpt(d, printer);
    if (!excerpt.isEmpty())
      out.append("<pre class=\"sb-excerpt\">").append(escape(excerpt)).append("</pre>");
    if (d.hint() != null && !d.hint().isEmpty()) {
      out.append("<p class=\"sb-hint\"><strong>Hint:</strong> ")
          .append(withCode(escape(d.hint())))
          .append("</p>");
    }
    return out.append("</li>").toString();
  }

  /**
   * The source line and caret as the terminal shows them, less the gutter's common indentation,
   * which only wastes width on a phone.
   */
  static String excerpt(Diagnostic d, DiagnosticPrinter printer) {
    List<String> lines = printer.excerpt(d.position()).lines().toList();
    int indent =
        lines.stream().mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    return lines.stream().map(l -> l.substring(indent)).collect(Collectors.joining("\n"));
  }

  /** Hints quote what to type in `backticks`; show those as code. */
  private static String withCode(String escapedHint) {
    return BACKTICKS.matcher(escapedHint).replaceAll("<code>$1</code>");
  }

  static String escape(String s) {
    return Html.escape(s);
  }

  /** The diagnostics of the kept severities, warnings before notices, each kind in file order. */
  private static List<Diagnostic> only(List<Diagnostic> diagnostics, Predicate<Severity> keep) {
    return diagnostics.stream()
        .filter(d -> keep.test(d.severity()))
        .sorted(Comparator.comparing(Diagnostic::severity))
        .toList();
  }

  /** "2 warnings, 5 notices", leaving out what there is none of. */
  private static String counts(List<Diagnostic> diagnostics) {
    List<String> parts = new ArrayList<>();
    int warnings = count(diagnostics, Severity.WARNING);
    int notices = count(diagnostics, Severity.NOTICE);
    if (warnings > 0) parts.add(plural(warnings, "warning"));
    if (notices > 0) parts.add(plural(notices, "notice"));
    return String.join(", ", parts);
  }

  private static int count(List<Diagnostic> diagnostics, Severity s) {
    return (int) diagnostics.stream().filter(d -> d.severity() == s).count();
  }
}
