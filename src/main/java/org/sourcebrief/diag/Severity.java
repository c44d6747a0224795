package org.sourcebrief.diag;

/** How serious a diagnostic is. Notices (staleness) never fail a build, even under --strict. */
public enum Severity {
  ERROR("error"),
  WARNING("warning"),
  NOTICE("notice");

  private final String label;

  Severity(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
