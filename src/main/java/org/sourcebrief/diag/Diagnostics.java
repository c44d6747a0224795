package org.sourcebrief.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Collects the diagnostics of one run. Safe to share between threads; {@link #sorted()} gives them
 * in file, line and column order, each reported once.
 */
public final class Diagnostics {
  private final Set<Diagnostic> items = new LinkedHashSet<>();

  public synchronized void add(Diagnostic d) {
    items.add(d);
  }

  public void error(String code, SourcePosition at, String message, String hint) {
    add(new Diagnostic(Severity.ERROR, code, message, at, hint));
  }

  public void warning(String code, SourcePosition at, String message, String hint) {
    add(new Diagnostic(Severity.WARNING, code, message, at, hint));
  }

  public void notice(String code, SourcePosition at, String message, String hint) {
    add(new Diagnostic(Severity.NOTICE, code, message, at, hint));
  }

  public synchronized List<Diagnostic> sorted() {
    List<Diagnostic> copy = new ArrayList<>(items);
    Collections.sort(copy);
    return copy;
  }

  public synchronized int count(Severity s) {
    return (int) items.stream().filter(d -> d.severity() == s).count();
  }

  public boolean hasErrors() {
    return count(Severity.ERROR) > 0;
  }

  /** Drops diagnostics, for errors that only follow from another one already reported. */
  public synchronized void removeIf(java.util.function.Predicate<Diagnostic> p) {
    items.removeIf(p);
  }

  /** Under --strict every warning becomes an error; notices stay notices. */
  public synchronized void makeWarningsErrors() {
    List<Diagnostic> all = new ArrayList<>(items);
    items.clear();
    all.forEach(
        d -> items.add(d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d));
  }
}
