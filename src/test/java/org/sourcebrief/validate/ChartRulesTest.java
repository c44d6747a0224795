package org.sourcebrief.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.FixtureSite;

class ChartRulesTest {
  private static Checked withCharts(String charts) {
    return Checked.of(
        FixtureSite.MINIMAL.replace(
            "-- content/briefings/first.md --",
            """
        -- content/facts/b.yaml --
        - id: share
          label: "Share"
          value: 12.5
          unit: percent
          as_of: 2024
          source: agency-2024
        - id: other_count
          label: "Other"
          value: 1000
          unit: people
          as_of: 2024
          source: agency-2024
        -- content/charts/c.yaml --
        """
                + charts
                + "\n-- content/briefings/first.md --"));
  }

  @Test
  void factPointsTakeValuesAndSources() {
    Checked c =
        withCharts(
            """
        - id: counts
          type: bar
          title: "Counts"
          alt: "Two bars."
          series:
            - name: "People"
              points:
                - { label: "Counted", fact: people_count }
                - { label: "Other", fact: other_count }""");
    assertEquals(List.of(), c.codes());
    CheckedChart chart = c.content().charts().get("counts");
    assertEquals(List.of("Counted", "Other"), chart.categories());
    assertEquals(
        List.of(new BigDecimal("757008"), new BigDecimal("1000")), chart.series().get(0).values());
    assertEquals(List.of("agency-2024"), chart.sources());
    assertEquals("people", chart.unit());
  }

  @Test
  void tablePointsNeedTheirOwnSourceAndWholeRows() {
    Checked c =
        withCharts(
            """
        - id: monthly
          type: line
          title: "Monthly"
          alt: "A line."
          table:
            columns: [month, "Returns"]
            rows:
              - [2023-11, 12000]
              - [2023-12]
              - [2024-01, 1e4]""");
    assertEquals(
        List.of(
            "content/charts/c.yaml:5:3 chart-table-missing-source",
            "content/charts/c.yaml:9:10 chart-row-length",
            "content/charts/c.yaml:10:19 bad-number"),
        c.codes());
  }

  @Test
  void typeFactsUnitsAndDuplicatesAreChecked() {
    Checked c =
        withCharts(
            """
        - id: a
          type: pie
          title: "A"
          alt: "A."
          series:
            - name: "S"
              points:
                - { label: "x", fact: people_cont }
        - id: b
          type: bar
          title: "B"
          alt: "B."
          series:
            - name: "S"
              points:
                - { label: "x", fact: people_count }
                - { label: "y", fact: share }
        - id: b
          type: bar
          title: "B again"
          series:
            - name: "S"
              points: []
        - id: d
          type: donut
          title: "D"
          alt: "D."
          series: []""");
    assertEquals(
        List.of(
            "content/charts/c.yaml:2:9 chart-unknown-type",
            "content/charts/c.yaml:8:31 chart-unknown-fact",
            "content/charts/c.yaml:9:7 chart-mixed-units",
            "content/charts/c.yaml:18:7 duplicate-chart",
            "content/charts/c.yaml:24:7 chart-empty"),
        c.codes());
  }

  @Test
  void missingAltIsDraftedFromTheDataWithAWarning() {
    Checked c =
        withCharts(
            """
        - id: counts
          type: bar
          title: "Counts"
          series:
            - name: "People"
              points:
                - { label: "Counted", fact: people_count }""");
    assertEquals(List.of("content/charts/c.yaml:1:7 chart-missing-alt"), c.codes());
    String alt = c.content().charts().get("counts").alt();
    assertEquals("Bar chart: Counts. Counted 757,008.", alt);
    assertTrue(c.diagnostics().sorted().get(0).severity().name().equals("WARNING"));
  }

  private static String table(String id, String type, int rows) {
    StringBuilder s =
        new StringBuilder(
            "- id: "
                + id
                + "\n  type: "
                + type
                + "\n  title: \"T\"\n  alt: \"A.\"\n  table:\n"
                + "    source: agency-2024\n    columns: [day, \"People\"]\n    rows:\n");
    for (int i = 0; i < rows; i++)
      s.append("      - [d").append(i).append(", ").append(i).append("]\n");
    return s.toString();
  }

  @Test
  void aChartBeyondItsDocumentedSizeIsRefused() {
    Checked c =
        withCharts(
            table("long_line", "line", 10_001)
                + table("full_line", "line", 10_000)
                + table("many_bars", "bar", 251)
                + table("many_slices", "donut", 101));
    assertEquals(
        List.of(
            "content/charts/c.yaml:1:7 chart-too-many-points",
            "content/charts/c.yaml:20018:7 chart-too-many-points",
            "content/charts/c.yaml:20277:7 chart-too-many-points"),
        c.codes());
    assertEquals(10_000, c.content().charts().get("full_line").categories().size());
  }
}
