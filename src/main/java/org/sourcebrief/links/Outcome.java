package org.sourcebrief.links;

/**
 * What fetching one address found: it works, it is dead ({@code reason} says how), or it leads to
 * another site ({@code finalAddress} is where).
 */
record Outcome(Kind kind, String reason, String finalAddress) {
  enum Kind {
    OK,
    DEAD,
    MOVED
  }

  static Outcome ok() {
    return new Outcome(Kind.OK, "", null);
  }

  static Outcome dead(String reason) {
    return new Outcome(Kind.DEAD, reason, null);
  }

  static Outcome moved(String finalAddress) {
    return new Outcome(Kind.MOVED, "", finalAddress);
  }
}
