package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.testing.SiteFolder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The files around the pages, from a fixture site built with another base URL. */
class SiteFilesTest {
  @TempDir Path dir;

  private static final String SITE =
      FixtureSite.MINIMAL
          + """
      -- content/facts/b.yaml --
      - id: total
        label: "Total, \\"quoted\\", with a comma"
        value: 1000000.25
        unit: usd
        period: { from: 2023-11, to: 2024-10 }
        source: agency-2024
        note: "Line one,\\nline two"
      - id: rest
        label: "Rest"
        derive: "total - people_count"
      -- content/briefings/second.md --
      ---
      title: "Second & last"
      summary: "Another <summary>."
      date: 2024-07-01
      updated: 2024-08-15
      ---
      Total {{fact:total}}.
      """;

  private SortedMap<String, byte[]> build() throws IOException {
    FixtureSite.write(
        dir,
        SITE.replace("title: \"Test site\"", "title: \"Test site\"\ncname: brief.example.org"));
    CliRun r = CliRun.in(dir, "build", "--base-url", "https://org.github.io/fork");
    assertEquals(0, r.exitCode(), r.err());
    return SiteFolder.read(dir.resolve("site-out"));
  }

  @Test
  void sitemapListsEveryPageWithContentDatesUnderTheOverriddenBase() throws Exception {
    // The indexes change with their newest content: here the fact period ending 2024-10.
    SortedMap<String, byte[]> files = build();
    Document sitemap = xml(files.get("sitemap.xml"));
    NodeList urls = sitemap.getElementsByTagName("url");
    List<String> entries = new ArrayList<>();
    for (int i = 0; i < urls.getLength(); i++) {
      Element u = (Element) urls.item(i);
      NodeList lastmod = u.getElementsByTagName("lastmod");
      entries.add(
          u.getElementsByTagName("loc").item(0).getTextContent()
              + " "
              + (lastmod.getLength() == 0 ? "-" : lastmod.item(0).getTextContent()));
    }
    assertEquals(
        List.of(
            "https://org.github.io/fork/ 2024-10",
            "https://org.github.io/fork/briefings/first/ 2024-06-01",
            "https://org.github.io/fork/briefings/second/ 2024-08-15",
            "https://org.github.io/fork/corrections/ 2024-10",
            "https://org.github.io/fork/facts/ 2024-10",
            "https://org.github.io/fork/sources/ 2024-10"),
        entries);
    assertEquals(
        "User-agent: *\nAllow: /\n\nSitemap: https://org.github.io/fork/sitemap.xml\n",
        new String(files.get("robots.txt"), StandardCharsets.UTF_8));
    assertEquals("brief.example.org\n", new String(files.get("CNAME"), StandardCharsets.UTF_8));
  }

  @Test
  void feedIsAtomWithNewestBriefingFirst() throws Exception {
    Document feed = xml(build().get("feed.xml"));
    Element root = feed.getDocumentElement();
    assertEquals("http://www.w3.org/2005/Atom", root.getNamespaceURI());
    assertEquals("feed", root.getLocalName());
    assertEquals("2024-08-15T00:00:00Z", text(root, "updated"));
    NodeList entries = feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry");
    assertEquals(2, entries.getLength());
    Element first = (Element) entries.item(0);
    assertEquals("Second & last", text(first, "title"));
    assertEquals("https://org.github.io/fork/briefings/second/", text(first, "id"));
    assertEquals("Another <summary>.", text(first, "summary"));
    assertEquals("2024-07-01T00:00:00Z", text(first, "published"));
  }

  @Test
  void factDataRoundTripsExactly() throws Exception {
    SortedMap<String, byte[]> files = build();
    JsonNode json = new ObjectMapper().readTree(files.get("data/facts.json"));
    Map<String, JsonNode> byId = new java.util.TreeMap<>();
    json.get("facts").forEach(f -> byId.put(f.get("id").asText(), f));
    assertEquals(List.of("people_count", "rest", "total"), List.copyOf(byId.keySet()));
    assertEquals(new BigDecimal("1000000.25"), byId.get("total").get("value").decimalValue());
    assertEquals(new BigDecimal("242992.25"), byId.get("rest").get("value").decimalValue());
    assertEquals("total - people_count", byId.get("rest").get("derive").asText());
    assertEquals("agency-2024", byId.get("rest").get("sources").get(0).get("id").asText());
    assertEquals("2023-11", byId.get("total").get("period").get("from").asText());
    assertTrue(
        byId.get("total")
            .get("sources")
            .get(0)
            .get("citation")
            .asText()
            .startsWith("Statistics Agency, \u201cAnnual report\u201d, May 2024."));

    List<List<String>> rows =
        Csv.parse(new String(files.get("data/facts.csv"), StandardCharsets.UTF_8));
    assertEquals(org.sourcebrief.template.DataFiles.CSV_COLUMNS, rows.get(0));
    List<String> total =
        rows.stream().filter(r -> r.get(0).equals("total")).findFirst().orElseThrow();
    assertEquals("Total, \"quoted\", with a comma", total.get(1));
    assertEquals("1000000.25", total.get(2));
    assertEquals("Line one,\nline two", total.get(12));
    assertEquals(4, rows.size());
  }

  @Test
  void everyPageHasAShareCardNamedInItsHead() throws Exception {
    SortedMap<String, byte[]> files = build();
    for (String page :
        List.of(
            "index.html",
            "briefings/first/index.html",
            "facts/index.html",
            "sources/index.html",
            "briefings/second/index.html")) {
      String html = new String(files.get(page), StandardCharsets.UTF_8);
      String folder = page.replace("index.html", "");
      String card = "share/" + folder + "index.png";
      assertTrue(
          html.contains(
              "<meta property=\"og:image\" content=\"https://org.github.io/fork/" + card + "\">"),
          html);
      assertTrue(
          html.contains("<meta name=\"twitter:card\" content=\"summary_large_image\">"), html);
      java.awt.image.BufferedImage img =
          javax.imageio.ImageIO.read(new ByteArrayInputStream(files.get(card)));
      assertEquals(1200, img.getWidth(), card);
      assertEquals(630, img.getHeight(), card);
    }
  }

  private static String text(Element e, String tag) {
    return e.getElementsByTagNameNS("http://www.w3.org/2005/Atom", tag).item(0).getTextContent();
  }

  private static Document xml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }

  /** A strict RFC 4180 reader, so the test does not trust the writer it checks. */
  static final class Csv {
    static List<List<String>> parse(String text) {
      // The site's CSV files start with a byte-order mark, for Excel; a parser skips it.
      String s = text.startsWith("\uFEFF") ? text.substring(1) : text;
      List<List<String>> rows = new ArrayList<>();
      List<String> row = new ArrayList<>();
      StringBuilder cell = new StringBuilder();
      boolean quoted = false;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (quoted) {
          if (c == '"' && i + 1 < s.length() && s.charAt(i + 1) == '"') {
            cell.append('"');
            i++;
          } else if (c == '"') quoted = false;
          else cell.append(c);
        } else if (c == '"') quoted = true;
        else if (c == ',') {
          row.add(cell.toString());
          cell.setLength(0);
        } else if (c == '\r' && i + 1 < s.length() && s.charAt(i + 1) == '\n') {
          row.add(cell.toString());
          cell.setLength(0);
          rows.add(row);
          row = new ArrayList<>();
          i++;
        } else cell.append(c);
      }
      return rows;
    }
  }
}
