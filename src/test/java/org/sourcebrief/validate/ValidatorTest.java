package org.sourcebrief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.FixtureSite;

class ValidatorTest {
  private static Checked withFacts(String facts) {
    return Checked.of(
        FixtureSite.MINIMAL.replace(
            "-- content/briefings/first.md --",
            "-- content/facts/b.yaml --\n"
                + facts
                + "\n-- content/sources/b.yaml --\n"
                + "other:\n  publisher: \"Other\"\n  title: \"T\"\n  date: 2024\n"
                + "-- content/briefings/first.md --"));
  }

  @Test
  void derivedFactsAreExactAndTakeTheUnionOfTheirInputsSources() {
    Checked c =
        withFacts(
            """
        - id: total
          label: "Total"
          value: 1000000.5
          as_of: 2024
          source: other
          approximate: true
        - id: rest
          label: "Rest"
          derive: "(total - people_count) / 2 * 3"
        """);
    assertEquals(List.of(), c.codes());
    assertEquals(new BigDecimal("364488.75"), c.content().facts().get("rest").value());
    assertEquals(List.of("other", "agency-2024"), c.content().facts().get("rest").sources());
    assertTrue(c.content().facts().get("rest").approximate());
  }

  @Test
  void deriveMistakesPointIntoTheFormula() {
    Checked c =
        withFacts(
            """
        - id: a
          label: "A"
          derive: "b + 1"
        - id: b
          label: "B"
          derive: "a * 2"
        - id: c
          label: "C"
          derive: "people_cont + 1"
        - id: d
          label: "D"
          derive: "people_count / (people_count - 757008)"
        - id: e
          label: "E"
          derive: "people_count +"
        """);
    assertEquals(
        List.of(
            "content/facts/b.yaml:3:12 derive-cycle",
            "content/facts/b.yaml:9:12 derive-unknown-fact",
            "content/facts/b.yaml:12:25 derive-division-by-zero",
            "content/facts/b.yaml:15:26 derive-syntax"),
        c.codes());
  }

  @Test
  void aFormulaNestedBeyondTheLimitIsAContentError() {
    String deep = "(".repeat(3000) + "people_count" + ")".repeat(3000);
    Checked c =
        withFacts(
            "- id: deep\n  label: \"Deep\"\n  derive: \""
                + deep
                + "\"\n"
                + "- id: minus\n  label: \"Minus\"\n  derive: \""
                + "-".repeat(3000)
                + "people_count\"\n");
    assertEquals(
        List.of(
            "content/facts/b.yaml:3:112 derive-too-complex",
            "content/facts/b.yaml:6:112 derive-too-complex"),
        c.codes());
  }

  @Test
  void aFormulaWithTooManyOperationsIsAContentError() {
    Checked c =
        withFacts(
            "- id: long\n  label: \"Long\"\n  derive: \"people_count"
                + " + 1".repeat(1001)
                + "\"\n");
    assertEquals(List.of("content/facts/b.yaml:3:4025 derive-too-complex"), c.codes());
  }

  @Test
  void runawayArithmeticStopsAtTheEdgeOfTheRange() {
    StringBuilder facts =
        new StringBuilder(
            "- id: s0\n  label: \"S0\"\n  value: 1234567890123.4567890123456789\n"
                + "  as_of: 2024\n  source: other\n");
    for (int i = 1; i <= 18; i++) {
      facts.append("- id: s").append(i).append("\n  label: \"S").append(i).append("\"\n");
      facts.append("  derive: \"s").append(i - 1).append(" * s").append(i - 1).append("\"\n");
    }
    Checked c = withFacts(facts.toString());
    // s0 squared is 1.5e24; squared again, 2.3e48 is out of range: one error, at the * of s2.
    assertEquals(List.of("content/facts/b.yaml:11:15 derive-out-of-range"), c.codes());
    assertTrue(c.content().facts().get("s1").value().precision() <= 34);
  }

  @Test
  void aVanishinglySmallValueIsOutOfRangeToo() {
    Checked c =
        withFacts(
            """
        - id: tiny
          label: "Tiny"
          derive: "people_count / 1000000 / 1000000 / 1000000 / 1000000 / 1000000 / 1000000"
        """);
    assertEquals(List.of("content/facts/b.yaml:3:75 derive-out-of-range"), c.codes());
  }

  @Test
  void staleFactsDrawANoticeButFinalOnesDoNot() {
    Checked c =
        withFacts(
            """
        - id: old
          label: "Old"
          value: 1
          as_of: 2020
          source: other
        - id: old_final
          label: "Old but final"
          value: 1
          period: { from: 2019-01, to: 2019-12 }
          final: true
          source: other
        - id: from_old
          label: "From old"
          derive: "old + 1"
        """);
    assertEquals(
        List.of("content/facts/b.yaml:1:7 fact-stale", "content/facts/b.yaml:12:7 fact-stale"),
        c.codes());
    assertTrue(c.diagnostics().sorted().get(0).message().contains("dated 2020"));
  }

  @Test
  void stalenessAndDatesPassThroughChainsOfDerivedFactsInAnyFileOrder() {
    Checked c =
        withFacts(
            """
        - id: outer
          label: "Outer"
          derive: "inner * 2"
        - id: inner
          label: "Inner"
          derive: "old + 1"
        - id: old
          label: "Old"
          value: 1
          as_of: 2020-03
          source: other
        """);
    assertEquals(
        List.of(
            "content/facts/b.yaml:1:7 fact-stale",
            "content/facts/b.yaml:4:7 fact-stale",
            "content/facts/b.yaml:7:7 fact-stale"),
        c.codes());
    assertEquals("2020-03", c.content().facts().get("outer").referenceDate().toString());
  }

  @Test
  void duplicateFactIdsAndUnknownSourcesAreErrors() {
    Checked c =
        withFacts(
            """
        - id: people_count
          label: "Again"
          value: 1
          as_of: 2024
          source: agency-2042
        """);
    assertEquals(
        List.of(
            "content/facts/b.yaml:1:7 duplicate-fact", "content/facts/b.yaml:5:11 unknown-source"),
        c.codes());
    assertEquals("did you mean `agency-2024`?", c.diagnostics().sorted().get(1).hint());
  }
}
