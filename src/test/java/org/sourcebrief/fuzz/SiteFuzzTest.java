package org.sourcebrief.fuzz;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.statistics.Statistics;

/**
 * Mutated valid sites, built through the command line. Whatever the change, a build ends with exit
 * code 0 or 1 within {@link Trial#TIME_LIMIT}; with 1, its diagnostics name real positions and the
 * last good build in site-out/ is untouched; with 0, the pages are valid, the numbers right and no
 * address unsafe. Defects already known (see {@link KnownBugs}) are counted, not failed.
 *
 * <p>The short run is part of {@code mvn -B verify}: a fixed seed and a fixed number of tries,
 * about a minute. The long run searches with a new seed each time, for a set duration:
 *
 * <pre>
 * mvn -B test -Pfuzz-long -Dfuzz.minutes=30           # stops starting new tries after 30 minutes
 * mvn -B test -Pfuzz-long -Dfuzz.tries=500            # or after 500 tries, whichever comes first
 * </pre>
 *
 * A failure prints its seed; paste it into {@code @Property(seed = …)} to replay it.
 */
class SiteFuzzTest {
  @Property(tries = 25, seed = "20261207")
  void shortRun(@ForAll("seeds") Seeds.Seed seed, @ForAll("mutations") Mutation mutation)
      throws IOException {
    judge(seed, mutation);
  }

  /** Runs only in the fuzz-long profile, which sets fuzz.minutes and jqwik's default tries. */
  @Property
  @AddLifecycleHook(LongRun.class)
  void longRun(@ForAll("seeds") Seeds.Seed seed, @ForAll("mutations") Mutation mutation)
      throws IOException {
    if (LongRun.overTime()) {
      Statistics.label("tries").collect("not run: past fuzz.minutes");
      return;
    }
    Statistics.label("tries").collect("run");
    judge(seed, mutation);
  }

  @Provide
  Arbitrary<Seeds.Seed> seeds() {
    return Arbitraries.of(Seeds.all());
  }

  @Provide
  Arbitrary<Mutation> mutations() {
    return Mutations.any();
  }

  static void judge(Seeds.Seed seed, Mutation mutation) throws IOException {
    Trial.Outcome o = Trial.run(seed, mutation);
    List<Violation> violations = violations(seed, o);
    Statistics.label("exit code").collect(o.exitCode());
    List<Violation> unexplained = new ArrayList<>();
    for (Violation v : violations) {
      Optional<KnownBugs> known = KnownBugs.explaining(v);
      if (known.isPresent()) Statistics.label("known bugs").collect(known.get().name());
      else unexplained.add(v);
    }
    if (!unexplained.isEmpty()) {
      throw new AssertionError(
          "seed "
              + seed
              + ", mutation "
              + describe(mutation)
              + ":\n"
              + String.join("\n---\n", unexplained.stream().map(Violation::toString).toList()));
    }
  }

  static List<Violation> violations(Seeds.Seed seed, Trial.Outcome o) throws IOException {
    List<Violation> v = new ArrayList<>(Crashes.check(o));
    if (o.exitCode() == 1) v.addAll(FailedBuilds.check(o));
    if (o.exitCode() == 0) v.addAll(PublishedSites.check(o, Trial.goodBuild(seed)));
    return v;
  }

  private static String describe(Mutation m) {
    String s = m.toString();
    return s.length() <= 2000 ? s : s.substring(0, 2000) + "…";
  }
}
