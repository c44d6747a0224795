package org.sourcebrief.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Replays the reproducer of every {@link KnownBugs} entry: reported as skipped while the defect
 * lasts, and failing once it is fixed, so the entry (and any known-bug.txt it names) is removed and
 * the fuzzer checks that property again.
 */
class KnownBugsTest {
  @ParameterizedTest(allowZeroInvocations = true)
  @EnumSource(KnownBugs.class)
  void stillReproduces(KnownBugs bug) throws IOException {
    Seeds.Seed seed =
        Seeds.all().stream().filter(s -> s.name().equals(bug.seed())).findFirst().orElseThrow();
    Trial.Outcome o = Trial.run(seed, bug.reproducer());
    List<Violation> violations = SiteFuzzTest.violations(seed, o);
    if (violations.stream().anyMatch(v -> bug.signature().matcher(v.signature()).find())) {
      Assumptions.abort("known bug " + bug + " lasts: " + violations.get(0).signature());
    }
    fail(
        bug
            + " no longer reproduces (exit "
            + o.exitCode()
            + ", violations "
            + violations.stream().map(Violation::signature).toList()
            + "): remove it from KnownBugs");
  }
}
