package org.sourcebrief.fuzz;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** jqwik generators of {@link Mutation}s: every kind alone, and any two combined. */
final class Mutations {
  private Mutations() {}

  /** One mutation, or two in a row (a third of the time). */
  static Arbitrary<Mutation> any() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(2, single()),
        net.jqwik.api.Tuple.of(1, Combinators.combine(single(), single()).as(Mutation.Both::new)));
  }

  static Arbitrary<Mutation> single() {
    return Arbitraries.oneOf(
        Combinators.combine(index(), index()).as(Mutation.DeleteKey::new),
        Combinators.combine(index(), index()).as(Mutation.DuplicateKey::new),
        Combinators.combine(index(), index(), index()).as(Mutation.ChangeValue::new),
        Combinators.combine(index(), index(), index()).as(Mutation.ChangeNumber::new),
        Combinators.combine(index(), index(), Arbitraries.of(true, false))
            .as(Mutation.RenameId::new),
        Combinators.combine(index(), index()).as(Mutation.SwapIds::new),
        Combinators.combine(index(), permille()).as(Mutation.Truncate::new),
        Combinators.combine(index(), permille(), bytes()).as(Mutation.InsertBytes::new),
        Combinators.combine(index(), permille(), index(), Arbitraries.of(false, false, true))
            .as(Mutation.InsertText::new),
        Combinators.combine(index(), index(), Arbitraries.of(Nesting.class), depth())
            .as(Mutation.NestDeeply::new),
        Combinators.combine(index(), index(), Arbitraries.integers().between(1000, 5000))
            .as(Mutation.RepeatLine::new),
        Arbitraries.just(new Mutation.AllowHtml()));
  }

  /** Picks a target modulo what there is; small numbers shrink towards the first one. */
  private static Arbitrary<Integer> index() {
    return Arbitraries.integers().between(0, 999);
  }

  private static Arbitrary<Integer> permille() {
    return Arbitraries.integers().between(0, 1000);
  }

  /** Deep enough to break a recursive parser, never more than a real document could hold. */
  private static Arbitrary<Integer> depth() {
    return Arbitraries.integers().between(2, 5000);
  }

  private static Arbitrary<java.util.List<Integer>> bytes() {
    return Arbitraries.integers().between(0, 255).list().ofMinSize(1).ofMaxSize(16);
  }
}
