package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import org.sourcebrief.content.Fact;
import org.sourcebrief.text.PartialDate;

/**
 * One fact after validation, complete: its value (worked out, for a derived fact), whether it is
 * approximate, the date it refers to, its sources, and whether it is stale. A derived fact takes
 * all of these from its inputs.
 *
 * @param value never null: a fact without one is held back by validation
 * @param approximate marked approximate, or derived from a fact that is
 * @param referenceDate the end of its period or its as-of date; for a derived fact without its own,
 *     the oldest date among its inputs; null only when nothing it rests on is dated
 * @param sources the existing sources it names, in the order written; for a derived fact, the union
 *     of its inputs' sources
 * @param inputs the facts a derived fact's formula uses, in the order written; empty for a stated
 *     fact
 * @param stale dated more than stale_after_days ago and not final, or derived from a stale fact
 */
public record CheckedFact(
    Fact fact,
    BigDecimal value,
    boolean approximate,
    PartialDate referenceDate,
    List<String> sources,
    List<String> inputs,
    boolean stale) {

  public CheckedFact {
    Objects.requireNonNull(fact, "fact");
    Objects.requireNonNull(value, "value");
    sources = List.copyOf(sources);
    inputs = List.copyOf(inputs);
  }

  public String id() {
    return fact.id();
  }
}
