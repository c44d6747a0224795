package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.sourcebrief.content.ChartSpec;
import org.sourcebrief.content.ChartType;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.diag.PrintableText;
import org.sourcebrief.text.Decimals;
import org.sourcebrief.text.Words;
import org.sourcebrief.yaml.Numbers;

/**
 * Rules for charts: a known type, unique ids, every point from an existing fact or a sourced table,
 * rows as long as the columns, one unit per axis, and alt text (drafted from the data, with a
 * warning, when missing).
 */
final class ChartRules {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final Map<String, Fact> facts;
  private final Map<String, CheckedFact> checked;
  private final Map<String, Source> sources;
  private final Words words;
  private final Diagnostics d;

  ChartRules(
      Map<String, Fact> facts,
      Map<String, CheckedFact> checked,
      Map<String, Source> sources,
      Words words,
      Diagnostics d) {
    this.facts = facts;
    this.checked = checked;
    this.sources = sources;
    this.words = words;
    this.d = d;
  }

  Map<String, CheckedChart> check(List<ChartSpec> specs) {
    Map<String, CheckedChart> out = new LinkedHashMap<>();
    Map<String, ChartSpec> seen = new LinkedHashMap<>();
    for (ChartSpec c : specs) {
      ChartSpec first = seen.putIfAbsent(c.id(), c);
      if (first != null) {
        d.error(
            "duplicate-chart",
            c.position(),
            "chart id '" + c.id() + "' is used twice",
            "rename one of them; the first is at " + first.position());
        continue;
      }
      CheckedChart checked = check(c);
      if (checked != null) out.put(c.id(), checked);
    }
    return out;
  }

  private CheckedChart check(ChartSpec c) {
    int errors = d.count(org.sourcebrief.diag.Severity.ERROR);
    if (!ID.matcher(c.id()).matches()) {
      d.error(
          "chart-bad-id",
          c.position(),
          "chart id '"
              + c.id()
              + "' is not lower_snake_case"
              + PrintableText.invisibleNote(c.id(), c.position().column()),
          "use lower-case letters, digits and underscores, starting with a letter");
    } else if (PathSegments.tooLong(c.id())) {
      d.error(
          "chart-bad-id",
          c.position(),
          "chart id '"
              + PathSegments.shown(c.id())
              + "' is "
              + c.id().length()
              + " characters long; a chart id holds at most "
              + PathSegments.MAX,
          "shorten it: the id names the chart's files (figures/<id>.svg)");
    }
    ChartType type = c.type(); // null when unknown, which was reported when loading
    Data data = c.table() != null ? table(c) : series(c);
    if (type == null || data == null || d.count(org.sourcebrief.diag.Severity.ERROR) > errors) {
      return null;
    }
    if (type.oneSeries() && data.series.size() != 1) {
      d.error(
          "chart-donut-series",
          c.position(),
          type.id() + " chart '" + c.id() + "' has " + data.series.size() + " series",
          "a " + type.id() + " shows one series; use stacked_bar for more");
      return null;
    }
    if (!ChartSize.fits(c, type, data.categories.size(), d)) return null;
    String alt = c.alt() != null ? c.alt() : draftAlt(c, type, data);
    return new CheckedChart(
        c.id(),
        c.position(),
        type,
        c.title(),
        alt,
        c.yLabel(),
        data.categories,
        data.series,
        List.copyOf(data.sources),
        data.unit,
        c.note());
  }

  private record Data(
      List<String> categories,
      List<CheckedChart.Series> series,
      Set<String> sources,
      String unit) {}

  private Data series(ChartSpec c) {
    if (c.series().isEmpty()) {
      d.error(
          "chart-empty",
          c.position(),
          "chart '" + c.id() + "' has no data",
          "add `series:` with points naming facts, or a `table:` with its own source");
      return null;
    }
    List<String> categories = null;
    List<CheckedChart.Series> out = new ArrayList<>();
    Set<String> srcs = new LinkedHashSet<>();
    Set<String> units = new LinkedHashSet<>();
    for (ChartSpec.SeriesSpec s : c.series()) {
      if (s.points().isEmpty()) {
        d.error(
            "chart-empty-series",
            s.position(),
            "series '" + s.name() + "' of chart '" + c.id() + "' has no points",
            "add `points:` with `- { label: …, fact: … }` items");
        continue;
      }
      List<String> labels = s.points().stream().map(ChartSpec.PointSpec::label).toList();
      if (categories == null) categories = labels;
      else if (!categories.equals(labels)) {
        d.error(
            "chart-series-labels",
            s.position(),
            "series '"
                + s.name()
                + "' does not have the same point labels, in the same order, as the first series",
            "give every series the same labels: " + String.join(", ", categories));
      }
      out.add(points(c, s, srcs, units));
    }
    if (units.size() > 1) {
      d.error(
          "chart-mixed-units",
          c.position(),
          "chart '" + c.id() + "' mixes units on one axis: " + String.join(", ", units),
          "chart facts of one unit together, or make two charts");
    }
    return categories == null
        ? null
        : new Data(categories, out, srcs, units.isEmpty() ? null : units.iterator().next());
  }

  private CheckedChart.Series points(
      ChartSpec c, ChartSpec.SeriesSpec s, Set<String> srcs, Set<String> units) {
    List<BigDecimal> vs = new ArrayList<>();
    List<String> fs = new ArrayList<>();
    for (ChartSpec.PointSpec p : s.points()) {
      String id = p.fact() == null ? null : p.fact().id();
      if (id == null || !facts.containsKey(id)) {
        d.error(
            "chart-unknown-fact",
            p.fact() == null ? p.position() : p.fact().position(),
            id == null
                ? "this point names no fact"
                : "chart '" + c.id() + "' uses fact '" + id + "', which does not exist",
            id == null
                ? "add `fact: <id>`"
                : DidYouMean.hint(id, facts.keySet(), "define it in content/facts/"));
        continue;
      }
      CheckedFact f = checked.get(id);
      vs.add(f == null ? null : f.value()); // it failed its own checks: see CompleteCharts
      fs.add(id);
      if (f != null) srcs.addAll(f.sources());
      units.add(String.valueOf(facts.get(id).unit()));
    }
    return new CheckedChart.Series(s.name(), vs, fs);
  }

  private Data table(ChartSpec c) {
    ChartSpec.TableSpec t = c.table();
    if (!c.series().isEmpty()) {
      d.error(
          "chart-series-and-table",
          c.position(),
          "chart '" + c.id() + "' has both series and a table",
          "keep one of them");
    }
    if (t.source() == null) {
      d.error(
          "chart-table-missing-source",
          t.position(),
          "the table of chart '" + c.id() + "' has no source",
          "add `source: <id>` naming an entry of content/sources.yaml");
    } else if (!sources.containsKey(t.source().id())) {
      d.error(
          "unknown-source",
          t.source().position(),
          "there is no source '" + t.source().id() + "'",
          DidYouMean.hint(t.source().id(), sources.keySet(), "add it to content/sources.yaml"));
    }
    if (t.columns().size() < 2 || t.rows().isEmpty()) {
      d.error(
          "chart-empty",
          t.position(),
          "the table of chart '"
              + c.id()
              + "' needs `columns:` "
              + "(a label column and at least one value column) and `rows:`",
          "write columns: [month, \"Returns\"] and rows: - [2023-11, 12000]");
      return null;
    }
    List<String> categories = new ArrayList<>();
    List<List<BigDecimal>> columns = new ArrayList<>();
    for (int i = 1; i < t.columns().size(); i++) columns.add(new ArrayList<>());
    for (List<ChartSpec.Cell> row : t.rows()) tableRow(c, t, row, categories, columns);
    List<CheckedChart.Series> series = new ArrayList<>();
    for (int i = 1; i < t.columns().size(); i++) {
      List<String> none = Arrays.asList(new String[columns.get(i - 1).size()]);
      series.add(new CheckedChart.Series(t.columns().get(i), columns.get(i - 1), none));
    }
    Set<String> srcs = new LinkedHashSet<>();
    if (t.source() != null) srcs.add(t.source().id());
    return new Data(categories, series, srcs, null);
  }

  private void tableRow(
      ChartSpec c,
      ChartSpec.TableSpec t,
      List<ChartSpec.Cell> row,
      List<String> categories,
      List<List<BigDecimal>> columns) {
    if (row.size() != t.columns().size()) {
      d.error(
          "chart-row-length",
          row.isEmpty() ? t.position() : row.get(0).position(),
          "this row has "
              + row.size()
              + " values but the table has "
              + t.columns().size()
              + " columns",
          "give every row one value per column: " + String.join(", ", t.columns()));
      return;
    }
    categories.add(String.valueOf(row.get(0).text()));
    for (int i = 1; i < row.size(); i++) {
      Numbers.Parsed p = Numbers.parseDecimal(row.get(i).text());
      if (p.value() == null) d.error("bad-number", row.get(i).position(), p.problem(), p.hint());
      columns.get(i - 1).add(p.value());
    }
  }

  /** "Bar chart: Registered refugees 1,300,000; Other legal status 880,000." */
  private String draftAlt(ChartSpec c, ChartType type, Data data) {
    d.warning(
        "chart-missing-alt",
        c.position(),
        "chart '" + c.id() + "' has no alt text; " + "a draft was written from its data",
        "add `alt:` describing what the chart shows, " + "for readers who cannot see it");
    NumberFormat nf = NumberFormat.getNumberInstance(words.locale());
    String kind = words.get("chart.alt." + type.id());
    StringBuilder out =
        new StringBuilder(words.get("chart.alt.draft", kind, c.title())).append(' ');
    for (CheckedChart.Series s : data.series) {
      if (data.series.size() > 1) out.append(s.name()).append(": ");
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < s.values().size() && i < data.categories.size(); i++) {
        BigDecimal v = s.values().get(i);
        if (v != null) nf.setMaximumFractionDigits(Decimals.toShow(v, 2));
        parts.add(data.categories.get(i) + " " + nf.format(v));
      }
      out.append(String.join("; ", parts)).append(". ");
    }
    return out.toString().strip();
  }
}
