package org.sourcebrief.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import org.sourcebrief.content.Source;
import org.sourcebrief.markdown.Citations;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;

/**
 * The attribution of the site's data, in the form data portals and tools read: a Frictionless Data
 * Package ({@code datapackage.json}) beside each figure's CSV and one for {@code data/}. The CSV
 * files stay plain RFC 4180 tables, so a spreadsheet or a script opens them as they are; the
 * package names their columns and types, their units, and the sources behind the numbers.
 */
final class DataPackages {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private final CheckedContent content;
  private final Citations citations;
  private final PathPlan paths;

  DataPackages(CheckedContent content, Citations citations) {
    this.content = content;
    this.citations = citations;
    this.paths = content.paths();
  }

  /** The package of one figure: its CSV (by full address), columns, unit and sources. */
  String figure(CheckedChart c, Words words) {
    ObjectNode p = head(name(c.id()), c.title(), c.alt(), paths.absolute(paths.figure(c.id())));
    ArrayNode sources = sources(c.sources());
    p.set("sources", sources);
    ObjectNode r = p.putArray("resources").addObject();
    r.put("name", name(c.id()));
    r.put("path", paths.absolute(paths.chartFile(c.id(), "csv")));
    resource(r);
    ArrayNode fields = r.putObject("schema").putArray("fields");
    field(fields, words.get("figure.csv-label"), "string", null);
    for (CheckedChart.Series s : c.series()) field(fields, s.name(), "number", c.unit());
    r.set("sources", sources.deepCopy());
    return JsonText.write(p);
  }

  /** The package of data/: every fact (facts.csv) and every recorded change (history.csv). */
  String facts() {
    ObjectNode p =
        head(
            "facts",
            content.config().title(),
            content.config().description(),
            paths.absolute(paths.facts()));
    p.set("sources", sources(content.sources().keySet().stream().sorted().toList()));
    ArrayNode resources = p.putArray("resources");
    ObjectNode facts = resources.addObject();
    facts.put("name", "facts");
    facts.put("path", "facts.csv");
    resource(facts);
    ObjectNode schema = facts.putObject("schema");
    ArrayNode ff = schema.putArray("fields");
    for (String column : DataFiles.CSV_COLUMNS) field(ff, column, factType(column), null);
    schema.put("primaryKey", "id");
    ObjectNode history = resources.addObject();
    history.put("name", "history");
    history.put("path", "history.csv");
    resource(history);
    ArrayNode hf = history.putObject("schema").putArray("fields");
    for (String column : DataFiles.HISTORY_COLUMNS) {
      field(hf, column, column.equals("previous_value") ? "number" : "string", null);
    }
    return JsonText.write(p);
  }

  private static String factType(String column) {
    return switch (column) {
      case "value" -> "number";
      case "approximate", "final" -> "boolean";
      default -> "string";
    };
  }

  private static ObjectNode head(String name, String title, String description, String homepage) {
    ObjectNode p = JSON.objectNode();
    p.put("profile", "tabular-data-package");
    p.put("name", name);
    p.put("title", title);
    if (description != null && !description.isBlank()) p.put("description", description);
    p.put("homepage", homepage);
    return p;
  }

  /** A CSV table as the site writes it: UTF-8 with a byte-order mark, comma-separated. */
  private static void resource(ObjectNode r) {
    r.put("profile", "tabular-data-resource");
    r.put("format", "csv");
    r.put("mediatype", "text/csv");
    r.put("encoding", "utf-8");
    ObjectNode dialect = r.putObject("dialect");
    dialect.put("delimiter", ",");
    dialect.put("header", true);
  }

  private static void field(ArrayNode fields, String name, String type, String unit) {
    ObjectNode f = fields.addObject();
    f.put("name", name);
    f.put("type", type);
    if (unit != null && !unit.isBlank()) f.put("description", unit);
  }

  /** Each source as a package source: the citation as its title, its address when it has one. */
  private ArrayNode sources(List<String> ids) {
    ArrayNode out = JSON.arrayNode();
    for (String id : ids) {
      Source s = content.sources().get(id);
      if (s == null) continue;
      ObjectNode o = out.addObject();
      o.put("title", citations.text(s));
      String url = s.url() != null ? s.url() : s.archiveUrl();
      if (url != null) o.put("path", url);
    }
    return out;
  }

  /** A package name: lower case letters, digits, ".", "_" and "-". */
  private static String name(String id) {
    return id.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._-]", "-");
  }
}
