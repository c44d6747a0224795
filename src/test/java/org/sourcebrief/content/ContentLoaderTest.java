package org.sourcebrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.text.PartialDate;

class ContentLoaderTest {
  private static Checked withFacts(String facts) {
    return Checked.of(
        FixtureSite.MINIMAL.replaceFirst(
            "(?s)-- content/facts/a.yaml --.*?-- content/briefings",
            "-- content/facts/a.yaml --\n" + facts.replace("$", "\\$") + "\n-- content/briefings"));
  }

  @Test
  void factsKeepExactValuesPositionsAndTextAsWritten() {
    Checked c =
        withFacts(
            """
        - id: people_count
          label: NO
          value: 0.1
          unit: people
          as_of: 2024-04-30
          source: agency-2024""");
    Fact f = c.content().facts().get("people_count").fact();
    assertEquals("NO", f.label());
    assertEquals(new BigDecimal("0.1"), f.value());
    assertEquals("content/facts/a.yaml:1:7", f.position().toString());
    assertEquals(new PartialDate(2024, 4, 30), f.asOf());
    assertEquals(List.of(), c.codes());
  }

  @Test
  void yamlTrapsAreErrorsNotGuesses() {
    Checked c =
        withFacts(
            """
        - id: people_count
          label: "People"
          value: 012
          approximate: yes
          as_of: 2024-13
          source: agency-2024""");
    assertEquals(
        List.of(
            "content/facts/a.yaml:3:10 bad-number",
            "content/facts/a.yaml:4:16 bad-boolean",
            "content/facts/a.yaml:5:10 bad-date"),
        c.codes().stream().filter(s -> !s.contains("unknown-fact")).toList());
  }

  @Test
  void duplicateAndUnknownKeysAreReportedWithDidYouMean() {
    Checked c =
        withFacts(
            """
        - id: people_count
          label: "People"
          label: "Again"
          valeu: 3
          value: 3
          as_of: 2024
          source: agency-2024""");
    assertEquals(
        List.of(
            "content/facts/a.yaml:3:3 yaml-duplicate-key", "content/facts/a.yaml:4:3 unknown-key"),
        c.codes());
    String hint = c.diagnostics().sorted().get(1).hint();
    assertEquals("did you mean `value`?", hint);
  }

  @Test
  void tabsAreExplainedAtTheirPosition() {
    Checked c = withFacts("- id: people_count\n\tlabel: \"People\"\n");
    assertEquals("content/facts/a.yaml:2:1 yaml-tab", c.codes().get(0));
  }

  @Test
  void factWithoutSourceOrValueIsReported() {
    Checked c =
        withFacts(
            """
        - id: people_count
          label: "People"
          as_of: 2024""");
    assertEquals(
        List.of(
            "content/facts/a.yaml:1:7 fact-missing-source",
            "content/facts/a.yaml:1:7 fact-missing-value"),
        c.codes());
  }
}
