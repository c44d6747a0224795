package org.sourcebrief.diag;

/**
 * One problem in the user's content. The code is stable and documented in the editor's guide; the
 * hint says what to do. A null position means the problem belongs to the run as a whole.
 */
public record Diagnostic(
    Severity severity, String code, String message, SourcePosition position, String hint)
    implements Comparable<Diagnostic> {

  @Override
  public int compareTo(Diagnostic o) {
    if (position == null || o.position == null) {
      if (position != o.position) return position == null ? -1 : 1;
    } else {
      int c = position.compareTo(o.position);
      if (c != 0) return c;
    }
    int c = severity.compareTo(o.severity);
    if (c != 0) return c;
    c = code.compareTo(o.code);
    return c != 0 ? c : message.compareTo(o.message);
  }

  /** The same diagnostic at another severity, as --strict turns warnings into errors. */
  public Diagnostic withSeverity(Severity s) {
    return new Diagnostic(s, code, message, position, hint);
  }
}
