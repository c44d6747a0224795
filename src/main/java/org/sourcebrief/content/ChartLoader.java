package org.sourcebrief.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/** Reads a charts file: a list of chart specs. Rules about their data live in validation. */
final class ChartLoader {
  static final List<String> KEYS =
      List.of("id", "type", "title", "alt", "y_label", "series", "table", "note", "translations");

  private final Diagnostics diagnostics;
  private final Fields fields;

  ChartLoader(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
    this.fields = new Fields(diagnostics);
  }

  void load(YamlNode root, List<ChartSpec> into) {
    for (YamlNode item : root.items("a charts file")) {
      YamlMapping m = item.mapping("a chart");
      if (m != null) read(m).ifPresent(into::add);
    }
  }

  private Optional<ChartSpec> read(YamlMapping m) {
    m.allowOnly(KEYS, "a chart");
    Optional<YamlNode> id = m.get("id").filter(YamlNode::isScalar);
    if (id.isEmpty()) {
      diagnostics.error(
          "chart-missing-id",
          m.position(),
          "this chart has no id",
          "add `id: some_name` (lower_snake_case, unique across the site)");
      return Optional.empty();
    }
    String name = id.get().scalar();
    String title =
        m.requireString(
                "title",
                "chart-missing-title",
                "chart '" + name + "' has no title",
                "add `title:` saying what the chart shows")
            .orElse(name);
    ChartType type = type(m, name, id.get());
    return Optional.of(
        new ChartSpec(
            name,
            id.get().positionAt(0),
            type,
            title,
            m.string("alt").filter(s -> !s.isBlank()).orElse(null),
            m.string("y_label").orElse(""),
            series(m),
            table(m),
            m.string("note").orElse(null),
            new Translations(diagnostics)
                .read(
                    m, "chart '" + name + "'", List.of("title", "alt", "y_label", "note"), true)));
  }

  /** The chart's type; bar when it has none, so its other mistakes show in the same run. */
  private ChartType type(YamlMapping m, String name, YamlNode id) {
    Ref type = fields.ref(m, "type");
    if (type == null) {
      diagnostics.error(
          "chart-unknown-type",
          id.position(),
          "chart '" + name + "' has no type",
          "add `type:` — " + ChartType.listed());
      return ChartType.BAR;
    }
    Optional<ChartType> known = ChartType.of(type.id());
    if (known.isEmpty()) {
      List<String> ids = ChartType.ids();
      diagnostics.error(
          "chart-unknown-type",
          type.position(),
          "'" + type.id() + "' is not a chart type",
          DidYouMean.hint(type.id(), ids, "types are " + String.join(", ", ids)));
    }
    return known.orElse(null);
  }

  private List<ChartSpec.SeriesSpec> series(YamlMapping m) {
    List<ChartSpec.SeriesSpec> out = new ArrayList<>();
    for (YamlNode s : m.get("series").map(n -> n.items("series")).orElse(List.of())) {
      YamlMapping sm = s.mapping("a series");
      if (sm == null) continue;
      sm.allowOnly(List.of("name", "points"), "a series");
      List<ChartSpec.PointSpec> points = new ArrayList<>();
      for (YamlNode p : sm.get("points").map(n -> n.items("points")).orElse(List.of())) {
        YamlMapping pm = p.mapping("a point");
        if (pm == null) continue;
        pm.allowOnly(List.of("label", "fact"), "a point");
        points.add(
            new ChartSpec.PointSpec(
                pm.string("label").orElse(""), fields.ref(pm, "fact"), pm.position()));
      }
      out.add(new ChartSpec.SeriesSpec(sm.string("name").orElse(""), sm.position(), points));
    }
    return out;
  }

  private ChartSpec.TableSpec table(YamlMapping m) {
    YamlMapping t = m.get("table").map(n -> n.mapping("table")).orElse(null);
    if (t == null) return null;
    t.allowOnly(List.of("source", "columns", "rows"), "table");
    List<String> columns =
        t.get("columns").map(n -> n.items("columns")).orElse(List.of()).stream()
            .map(n -> n.scalar() == null ? "" : n.scalar())
            .toList();
    List<List<ChartSpec.Cell>> rows = new ArrayList<>();
    for (YamlNode r : t.get("rows").map(n -> n.items("rows")).orElse(List.of())) {
      rows.add(
          r.items("a table row").stream()
              .map(c -> new ChartSpec.Cell(c.scalar(), c.position()))
              .toList());
    }
    return new ChartSpec.TableSpec(fields.ref(t, "source"), m.keyPosition("table"), columns, rows);
  }
}
