package org.sourcebrief.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Defects the fuzzer has found that are not fixed yet, so a run can go on looking for new ones.
 * Each has a minimal reproducer, replayed by {@link KnownBugsTest}, which fails once the defect is
 * gone so the entry is removed. An entry tied to a bad-input case is excused only while that case
 * still carries its {@code known-bug.txt}.
 */
enum KnownBugs {
  ;

  private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

  private final Pattern signature;
  private final String seed;
  private final Mutation reproducer;
  private final String badInputCase;

  KnownBugs(String signature, String seed, Mutation reproducer, String badInputCase) {
    this.signature = Pattern.compile(signature);
    this.seed = seed;
    this.reproducer = reproducer;
    this.badInputCase = badInputCase;
  }

  boolean explains(Violation v) {
    return signature.matcher(v.signature()).find() && stillMarked();
  }

  String seed() {
    return seed;
  }

  Mutation reproducer() {
    return reproducer;
  }

  Pattern signature() {
    return signature;
  }

  private boolean stillMarked() {
    return badInputCase == null
        || Files.exists(BAD_INPUT.resolve(badInputCase).resolve("known-bug.txt"));
  }

  /** The known bug that explains a violation, if any. */
  static java.util.Optional<KnownBugs> explaining(Violation v) {
    return List.of(values()).stream().filter(b -> b.explains(v)).findFirst();
  }
}
