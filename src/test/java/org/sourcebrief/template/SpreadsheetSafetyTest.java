package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.testing.SiteFolder;

/**
 * Text that a spreadsheet would run as a formula reaches the CSV files as text (a leading
 * apostrophe, as OWASP advises), while numbers, negative ones included, stay numbers.
 */
class SpreadsheetSafetyTest {
  @TempDir Path dir;

  private static final String SITE =
      """
      -- content/site.yaml --
      title: "Test site"
      description: "A site for tests."
      base_url: "https://example.org/test/"
      language: en
      locale: en-US
      -- content/sources.yaml --
      agency-2024:
        publisher: "=HYPERLINK(\\"https://evil.example\\",\\"Agency\\")"
        title: "Report,=1+1"
        date: 2024-05
      -- content/facts/a.yaml --
      - id: drop
        label: "=HYPERLINK(\\"https://evil.example\\",\\"click\\")"
        value: -5
        unit: "@people"
        as_of: 2024-04-30
        source: agency-2024
        note: "+1 more; =2+2"
      - id: other
        label: "-Minus label"
        derive: "-drop * 2"
        unit: people
      -- content/charts/c.yaml --
      - id: swings
        type: bar
        title: "Swings,=SUM(A1)"
        alt: "Bar chart of swings."
        table:
          source: agency-2024
          columns: [month, "@series"]
          rows:
            - ["=1+1", -3]
            - ["+2", 4]
      -- content/briefings/first.md --
      ---
      title: "First briefing"
      summary: "A summary."
      date: 2024-06-01
      ---
      We counted {{fact:drop}} and {{fact:other}}.

      {{chart:swings}}
      """;

  private SortedMap<String, byte[]> build() throws IOException {
    FixtureSite.write(dir, SITE);
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.err());
    return SiteFolder.read(dir.resolve("site-out"));
  }

  private static String text(SortedMap<String, byte[]> files, String name) {
    return new String(files.get(name), StandardCharsets.UTF_8);
  }

  @Test
  void factTextCellsAreTextAndValuesStayNumbers() throws IOException {
    List<List<String>> rows = SiteFilesTest.Csv.parse(text(build(), "data/facts.csv"));
    List<String> drop = rows.stream().filter(r -> r.get(0).equals("drop")).findFirst().get();
    assertEquals("'=HYPERLINK(\"https://evil.example\",\"click\")", drop.get(1));
    assertEquals("-5", drop.get(2));
    assertEquals("'@people", drop.get(3));
    assertEquals("'+1 more; =2+2", drop.get(12));
    assertTrue(drop.get(11).startsWith("'=HYPERLINK("), drop.get(11));
    List<String> other = rows.stream().filter(r -> r.get(0).equals("other")).findFirst().get();
    assertEquals("'-Minus label", other.get(1));
    assertEquals("10", other.get(2));
    assertEquals("'-drop * 2", other.get(7));
    for (List<String> row : rows) for (String cell : row) assertSafe(cell);
  }

  @Test
  void figureTextCellsAreTextAndValuesStayNumbers() throws IOException {
    String csv = text(build(), "figures/swings.csv");
    List<List<String>> rows = SiteFilesTest.Csv.parse(csv);
    assertEquals(List.of("label", "'@series"), rows.get(0));
    assertEquals(List.of("'=1+1", "-3"), rows.get(1));
    assertEquals(List.of("'+2", "4"), rows.get(2));
    // A plain table: the title ("Swings,=SUM(A1)") is in the Data Package, not in a comment line
    // a spreadsheet would split at its commas.
    assertTrue(csv.startsWith("\uFEFFlabel,"), csv);
    for (List<String> row : rows) for (String cell : row) assertSafe(cell);
  }

  @Test
  void everyKindOfFormulaStartIsNeutralisedAndQuotedWhenItMustBe() {
    StringBuilder out = new StringBuilder();
    new CsvRow()
        .text("=1+1")
        .text("+1")
        .text("-1")
        .text("@SUM(A1)")
        .text("\tx")
        .text("\rx")
        .text("a;=1+1")
        .text("plain")
        .text("")
        .number(new BigDecimal("-12.50"))
        .appendTo(out);
    assertEquals(
        "'=1+1,'+1,'-1,'@SUM(A1),\"'\tx\",\"'\rx\",\"a;=1+1\",plain,,-12.50\r\n", out.toString());
  }

  private static void assertSafe(String cell) {
    assertFalse(
        !cell.isEmpty() && "=+-@\t\r".indexOf(cell.charAt(0)) >= 0 && !isNumber(cell),
        "a spreadsheet would run this cell as a formula: " + cell);
  }

  private static boolean isNumber(String cell) {
    try {
      new BigDecimal(cell);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
