package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example's CSV files are plain RFC 4180 tables, and each Data Package beside them meets the
 * Frictionless Data Package and Tabular Data Resource rules (checked here one by one): names,
 * paths, profiles, field names equal to the CSV header, and values of the declared types.
 */
class DataPackageTest {
  private static final String BASE = "https://example.github.io/afghan-returns/";
  private static final Set<String> TYPES =
      Set.of("string", "number", "integer", "boolean", "date", "year", "yearmonth", "any");
  private static SortedMap<String, byte[]> files;

  @BeforeAll
  static void build() {
    files = ExampleBuilds.files();
  }

  private static String text(String path) {
    byte[] b = files.get(path);
    if (b == null) throw new AssertionError("no " + path);
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void everyCsvIsAPlainTableWithAByteOrderMark() {
    List<String> csvs = files.keySet().stream().filter(p -> p.endsWith(".csv")).toList();
    assertTrue(csvs.size() >= 6, csvs.toString());
    for (String p : csvs) {
      String t = text(p);
      assertTrue(t.startsWith("\uFEFF"), p + " starts with a byte-order mark");
      List<List<String>> rows = rows(t.substring(1));
      assertFalse(rows.isEmpty(), p);
      for (List<String> row : rows) {
        assertFalse(row.get(0).startsWith("#"), p + " has no comment lines: " + row);
        assertEquals(rows.get(0).size(), row.size(), p + ": every row as long as the header");
      }
    }
  }

  @Test
  void everyFigureAndTheDataFolderHaveAValidPackage() throws Exception {
    List<String> packages =
        files.keySet().stream().filter(p -> p.endsWith("datapackage.json")).toList();
    assertTrue(packages.contains("data/datapackage.json"), packages.toString());
    assertTrue(
        packages.contains("figures/afghans_in_pakistan_by_status/datapackage.json"),
        packages.toString());
    assertTrue(packages.contains("fa/figures/afghans_in_pakistan_by_status/datapackage.json"));
    for (String p : packages) check(p, new ObjectMapper().readTree(text(p)));
  }

  private static void check(String where, JsonNode pkg) {
    assertEquals("tabular-data-package", pkg.path("profile").asText(), where);
    assertTrue(pkg.path("name").asText().matches("[a-z0-9._-]+"), where + " name");
    assertTrue(pkg.path("title").isTextual(), where);
    JsonNode sources = pkg.path("sources");
    assertTrue(sources.isArray() && sources.size() > 0, where + " names its sources");
    for (JsonNode s : sources) assertTrue(s.path("title").asText().length() > 3, where);
    JsonNode resources = pkg.path("resources");
    assertTrue(resources.isArray() && resources.size() > 0, where + " resources");
    for (JsonNode r : resources) {
      assertTrue(r.path("name").asText().matches("[a-z0-9._-]+"), where + " resource name");
      assertEquals("tabular-data-resource", r.path("profile").asText(), where);
      String path = r.path("path").asText();
      assertFalse(path.startsWith("/") || path.startsWith("../"), where + " path " + path);
      String csv = csvOf(where, path);
      List<List<String>> rows = rows(text(csv).substring(1));
      JsonNode fields = r.path("schema").path("fields");
      List<String> names = new ArrayList<>();
      for (JsonNode f : fields) {
        names.add(f.path("name").asText());
        assertTrue(TYPES.contains(f.path("type").asText()), where + " type " + f);
      }
      assertEquals(rows.get(0), names, where + ": the fields are the CSV's header");
      for (List<String> row : rows.subList(1, rows.size())) {
        for (int i = 0; i < row.size(); i++) {
          String type = fields.get(i).path("type").asText();
          String v = row.get(i);
          if (v.isEmpty()) continue;
          if (type.equals("number")) new BigDecimal(v);
          if (type.equals("boolean")) assertTrue(Set.of("true", "false").contains(v), v);
        }
      }
    }
  }

  /** The site file a resource path names: a full address on the site, or relative to data/. */
  private static String csvOf(String where, String path) {
    if (path.startsWith(BASE)) return path.substring(BASE.length());
    return where.substring(0, where.lastIndexOf('/') + 1) + path;
  }

  /** RFC 4180: fields separated by commas, quoted with doubled quotes, rows ended by CRLF or LF. */
  static List<List<String>> rows(String text) {
    List<List<String>> rows = new ArrayList<>();
    List<String> row = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',') {
        row.add(field.toString());
        field.setLength(0);
      } else if (c == '\n' || c == '\r') {
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
        row.add(field.toString());
        field.setLength(0);
        rows.add(row);
        row = new ArrayList<>();
      } else {
        field.append(c);
      }
    }
    if (field.length() > 0 || !row.isEmpty()) {
      row.add(field.toString());
      rows.add(row);
    }
    return rows;
  }

  static Map<String, byte[]> files() {
    return files;
  }
}
