package org.sourcebrief.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.FixtureSite;

class ChartTypeTest {
  @Test
  void typesAreReadAsWrittenAndListedInOrder() {
    assertEquals(List.of("bar", "stacked_bar", "line", "area", "donut"), ChartType.ids());
    assertEquals("bar, stacked_bar, line, area or donut", ChartType.listed());
    assertEquals(Optional.of(ChartType.STACKED_BAR), ChartType.of("stacked_bar"));
    assertEquals(Optional.empty(), ChartType.of("Bar"));
    assertEquals(Optional.empty(), ChartType.of("bra"));
    assertEquals(Optional.empty(), ChartType.of(null));
    for (ChartType t : ChartType.values()) {
      assertEquals(Optional.of(t), ChartType.of(t.id()));
      assertEquals(t.id(), t.toString(), "messages and cache keys read as the YAML does");
    }
  }

  @Test
  void eachTypeIsNamedInTheDefaultWords() {
    for (ChartType t : ChartType.values()) {
      assertTrue(
          org.sourcebrief.text.TestWords.english().containsKey("chart.alt." + t.id()),
          "words/en.yaml lacks chart.alt." + t.id() + ", which a drafted alt text starts with");
    }
  }

  @Test
  void eachTypeCarriesItsRules() {
    assertEquals("stacked bar", ChartType.STACKED_BAR.words());
    assertEquals(250, ChartType.BAR.maxPoints());
    assertEquals(250, ChartType.STACKED_BAR.maxPoints());
    assertEquals(10_000, ChartType.LINE.maxPoints());
    assertEquals(10_000, ChartType.AREA.maxPoints());
    assertEquals(100, ChartType.DONUT.maxPoints());
    assertEquals("slices", ChartType.DONUT.pointsWord());
    assertEquals("points", ChartType.LINE.pointsWord());
    assertTrue(ChartType.DONUT.oneSeries());
    assertFalse(ChartType.BAR.oneSeries());
    assertTrue(ChartType.LINE.continuous());
    assertTrue(ChartType.AREA.continuous());
    assertFalse(ChartType.STACKED_BAR.continuous());
    assertTrue(ChartType.STACKED_BAR.stacked());
    assertTrue(ChartType.AREA.stacked());
    assertFalse(ChartType.BAR.stacked());
    assertFalse(ChartType.LINE.stacked());
    assertEquals(ChartType.Mark.SLICE, ChartType.DONUT.mark());
  }

  @Test
  void anUnknownTypeIsReportedWhereItIsWrittenWithASuggestion() {
    Checked c = withChart("  type: dnut\n");
    Diagnostic d = only(c, "chart-unknown-type");
    assertEquals("content/charts/c.yaml:2:9", d.position().toString());
    assertEquals("'dnut' is not a chart type", d.message());
    assertEquals("did you mean `donut`?", d.hint());
    assertFalse(c.content().charts().containsKey("counts"));
    assertTrue(c.content().uncheckedCharts().contains("counts"));
  }

  @Test
  void aTypeFarFromAnyListsThemAll() {
    Diagnostic d = only(withChart("  type: scatterplot\n"), "chart-unknown-type");
    assertEquals("types are bar, stacked_bar, line, area, donut", d.hint());
  }

  @Test
  void aChartWithoutATypeIsReportedAndCheckedAsABarChart() {
    Checked c = withChart("");
    Diagnostic d = only(c, "chart-unknown-type");
    assertEquals("chart 'counts' has no type", d.message());
    assertEquals("add `type:` — bar, stacked_bar, line, area or donut", d.hint());
    assertEquals(ChartType.BAR, c.content().charts().get("counts").type());
  }

  private static Diagnostic only(Checked c, String code) {
    List<Diagnostic> found =
        c.diagnostics().sorted().stream().filter(d -> d.code().equals(code)).toList();
    assertEquals(1, found.size(), () -> String.valueOf(c.codes()));
    return found.get(0);
  }

  private static Checked withChart(String typeLine) {
    return Checked.of(
        FixtureSite.MINIMAL.replace(
            "-- content/briefings/first.md --",
            "-- content/charts/c.yaml --\n"
                + "- id: counts\n"
                + typeLine
                + "  title: \"Counts\"\n"
                + "  alt: \"One bar.\"\n"
                + "  series:\n"
                + "    - name: \"People\"\n"
                + "      points:\n"
                + "        - { label: \"Counted\", fact: people_count }\n"
                + "-- content/briefings/first.md --"));
  }
}
