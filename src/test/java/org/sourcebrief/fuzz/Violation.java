package org.sourcebrief.fuzz;

/**
 * A property a build broke. The signature is short and stable (the broken rule and, for a crash,
 * the exception and its top frame inside the generator) so a known bug can be recognised; the
 * detail is what a maintainer reads.
 */
record Violation(String signature, String detail) {
  @Override
  public String toString() {
    return signature + "\n" + detail;
  }
}
