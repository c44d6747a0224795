package org.sourcebrief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Formula;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.PartialDate;

/** The one pass that works out every fact from its inputs, on facts built in memory. */
class CheckedFactsTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 1, 15);
  private static final int STALE_AFTER_DAYS = 365;

  private final Diagnostics diagnostics = new Diagnostics();

  @Test
  void aChainOfDerivedFactsIsWorkedOutInputsFirst() {
    Map<String, CheckedFact> facts =
        check(
            derived("e", "d + a"),
            derived("d", "c * 2"),
            derived("c", "a - b"),
            stated("a", "10", "2024"),
            stated("b", "4", "2024"));
    assertEquals(List.of(), diagnostics.sorted());
    assertEquals(new BigDecimal("6"), facts.get("c").value());
    assertEquals(new BigDecimal("12"), facts.get("d").value());
    assertEquals(new BigDecimal("22"), facts.get("e").value());
    assertEquals(List.of("d", "a"), facts.get("e").inputs());
    assertEquals(List.of("src_a", "src_b"), facts.get("e").sources());
    assertEquals(List.of(), facts.get("a").inputs());
    assertEquals(List.of("src_a"), facts.get("a").sources());
  }

  @Test
  void theResultDoesNotDependOnTheOrderFactsAreWritten() {
    List<Fact> written =
        List.of(
            stated("a", "10", "2024"),
            approximate(stated("b", "4", "2019-06")),
            derived("c", "a - b"),
            derived("d", "c * 2"),
            derived("e", "d + a"));
    Map<String, CheckedFact> forwards = check(written);
    List<Fact> reversed = new ArrayList<>(written);
    java.util.Collections.reverse(reversed);
    Map<String, CheckedFact> backwards = check(reversed);
    Map<String, CheckedFact> shuffled =
        check(written.get(3), written.get(0), written.get(4), written.get(1), written.get(2));
    for (String id : List.of("a", "b", "c", "d", "e")) {
      assertEquals(forwards.get(id), backwards.get(id), id);
      assertEquals(forwards.get(id), shuffled.get(id), id);
    }
    assertEquals(List.of("a", "b", "c", "d", "e"), List.copyOf(forwards.keySet()));
    assertEquals(List.of("e", "d", "c", "b", "a"), List.copyOf(backwards.keySet()));
  }

  @Test
  void datesAndStalenessPassThroughEveryStep() {
    Map<String, CheckedFact> facts =
        check(
            stated("recent", "1", "2024-12"),
            stated("old", "2", "2020-03"),
            finalFact(stated("closed", "3", "2019")),
            derived("both", "recent + old"),
            derived("twice", "both * 2"),
            derived("fresh", "recent + closed"));
    assertTrue(facts.get("old").stale());
    assertFalse(facts.get("recent").stale());
    assertFalse(facts.get("closed").stale(), "a final fact is never stale");
    assertEquals(new PartialDate(2020, 3, 0), facts.get("both").referenceDate());
    assertEquals(new PartialDate(2020, 3, 0), facts.get("twice").referenceDate());
    assertTrue(facts.get("both").stale());
    assertTrue(facts.get("twice").stale());
    assertFalse(facts.get("fresh").stale());
    assertEquals(new PartialDate(2019, 0, 0), facts.get("fresh").referenceDate());
  }

  @Test
  void aDerivedFactWithItsOwnDateKeepsIt() {
    Fact own = withDate(derived("own", "old + 1"), "2024-06");
    Map<String, CheckedFact> facts = check(stated("old", "2", "2020-03"), own);
    assertEquals(new PartialDate(2024, 6, 0), facts.get("own").referenceDate());
    assertTrue(facts.get("own").stale(), "still stale through its input");
  }

  @Test
  void approximationPassesThroughEveryStep() {
    Map<String, CheckedFact> facts =
        check(
            approximate(stated("guess", "100", "2024")),
            stated("count", "7", "2024"),
            derived("sum", "guess + count"),
            derived("half", "sum / 2"),
            derived("exact", "count * 2"),
            approximate(derived("marked", "count * 3")));
    assertTrue(facts.get("sum").approximate());
    assertTrue(facts.get("half").approximate());
    assertFalse(facts.get("exact").approximate());
    assertTrue(facts.get("marked").approximate());
  }

  @Test
  void aFactThatCannotBeWorkedOutIsLeftOutWithEverythingBuiltOnIt() {
    Map<String, CheckedFact> facts =
        check(
            stated("a", "10", "2024"),
            derived("zero", "a / (a - a)"),
            derived("after_zero", "zero + 1"),
            derived("loop_one", "loop_two + a"),
            derived("loop_two", "loop_one * 2"),
            derived("after_loop", "loop_two + 1"),
            stated("empty", null, "2024"),
            derived("after_empty", "empty + a"),
            derived("fine", "a * 3"));
    assertEquals(List.of("a", "fine"), List.copyOf(facts.keySet()));
    assertEquals(
        List.of("derive-division-by-zero", "derive-cycle"),
        diagnostics.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void aCheckedFactAlwaysHasAValue() {
    Fact f = stated("a", null, "2024");
    assertThrows(
        NullPointerException.class,
        () -> new CheckedFact(f, null, false, null, List.of(), List.of(), false));
  }

  @Test
  void aStaleNoticeNamesTheFirstStaleInput() {
    Map<String, CheckedFact> facts =
        check(
            stated("recent", "1", "2024-12"),
            stated("old", "2", "2020-03"),
            derived("both", "recent + old"));
    Staleness.report(facts, STALE_AFTER_DAYS, diagnostics);
    assertEquals(
        List.of(
            "fact 'old' is dated 2020-03, more than 365 days ago",
            "derived fact 'both' is stale because its input 'old' is"),
        diagnostics.sorted().stream().map(Diagnostic::message).toList());
  }

  private Map<String, CheckedFact> check(Fact... facts) {
    return check(List.of(facts));
  }

  private Map<String, CheckedFact> check(List<Fact> facts) {
    Map<String, Fact> byId = new LinkedHashMap<>();
    Map<String, List<String>> sources = new LinkedHashMap<>();
    for (Fact f : facts) {
      byId.put(f.id(), f);
      if (!f.isDerived()) sources.put(f.id(), List.of("src_" + f.id()));
    }
    return CheckedFacts.check(byId, sources, STALE_AFTER_DAYS, TODAY, diagnostics);
  }

  /** Each fact on a line of its own, so diagnostics sort in the order the facts are made. */
  private int line = 0;

  private SourcePosition at() {
    return new SourcePosition("content/facts/a.yaml", ++line, 7);
  }

  private Fact stated(String id, String value, String asOf) {
    return new Fact(
        id,
        at(),
        id,
        value == null ? null : new BigDecimal(value),
        null,
        "people",
        null,
        PartialDate.parse(asOf).orElseThrow(),
        List.of(),
        null,
        false,
        false);
  }

  private Fact derived(String id, String formula) {
    SourcePosition p = at();
    return new Fact(
        id,
        p,
        id,
        null,
        new Formula(formula, new SourcePosition(p.file(), p.line() + 2, 12)),
        "people",
        null,
        null,
        List.of(),
        null,
        false,
        false);
  }

  private static Fact approximate(Fact f) {
    return new Fact(
        f.id(),
        f.position(),
        f.label(),
        f.value(),
        f.derive(),
        f.unit(),
        f.period(),
        f.asOf(),
        f.sources(),
        f.note(),
        true,
        f.isFinal());
  }

  private static Fact finalFact(Fact f) {
    return new Fact(
        f.id(),
        f.position(),
        f.label(),
        f.value(),
        f.derive(),
        f.unit(),
        f.period(),
        f.asOf(),
        f.sources(),
        f.note(),
        f.approximate(),
        true);
  }

  private static Fact withDate(Fact f, String asOf) {
    return new Fact(
        f.id(),
        f.position(),
        f.label(),
        f.value(),
        f.derive(),
        f.unit(),
        f.period(),
        PartialDate.parse(asOf).orElseThrow(),
        f.sources(),
        f.note(),
        f.approximate(),
        f.isFinal());
  }
}
