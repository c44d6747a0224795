package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.FixtureSite;

/**
 * Briefings and figures are citable: the BibTeX, RIS and CSL-JSON downloads read back as reference
 * managers read them, the head carries citation meta tags and JSON-LD, and authors, topics and
 * related briefings link the right pages.
 */
class CitableBriefingsTest {
  /** A title with every character BibTeX, HTML and a script treat specially. */
  private static final String TITLE = "Costs & cuts: 50% of {budget} #1 $_ </script> \\ ~ ^";

  private static final String SITE =
      """
      -- content/site.yaml --
      title: "Test site"
      base_url: "https://example.org/test/"
      organisation: "Test briefing team"
      languages:
        - language: en
          locale: en-US
        - language: fa
          locale: fa-AF
          organisation: "تیم آزمایشی"
      authors:
        - id: ana
          name: "Ana Ruiz"
          role: "Researcher"
          url: "https://example.org/ana"
        - id: bo
          name: "Bo Li"
          translations:
            fa:
              name: "بو لی"
      topics:
        - id: returns
          name: "Returns"
          translations:
            fa:
              name: "بازگشت"
        - id: aid
          name: "Aid"
      -- content/sources.yaml --
      agency-2024:
        publisher: "Statistics Agency"
        title: "Annual report"
        date: 2024-05
      -- content/facts/a.yaml --
      - id: people_count
        label: "People counted"
        value: 757008
        unit: people
        as_of: 2024-04-30
        source: agency-2024
      - id: aid_count
        label: "People helped"
        value: 1000
        unit: people
        as_of: 2024-04-30
        source: agency-2024
      -- content/charts/c.yaml --
      - id: counted
        type: bar
        title: "People counted"
        alt: "One bar: the people counted."
        series:
          - name: "People"
            points:
              - { label: "Counted", fact: people_count }
      -- content/briefings/alpha.md --
      ---
      title: "TITLE"
      summary: "A summary."
      date: 2024-06-01
      updated: 2024-07-15
      authors: [ana, bo]
      topics: [returns]
      ---
      We counted {{fact:people_count}} people.{{cite:agency-2024}}

      {{chart:counted}}
      -- content/briefings/alpha.fa.md --
      ---
      title: "گزارش نخست"
      ---
      ما {{fact:people_count}} نفر را شمردیم.{{cite:agency-2024}}
      -- content/briefings/beta.md --
      ---
      title: "Beta"
      date: 2024-05-01
      topics: [returns, aid]
      ---
      Helped {{fact:aid_count}}.{{cite:agency-2024}}
      -- content/briefings/gamma.md --
      ---
      title: "Gamma"
      date: 2024-08-01
      topics: [aid]
      related: [alpha]
      ---
      Helped {{fact:aid_count}}.{{cite:agency-2024}}
      -- content/briefings/delta.md --
      ---
      title: "Delta"
      date: 2024-09-01
      ---
      Counted {{fact:people_count}}.{{cite:agency-2024}}
      -- content/briefings/epsilon.md --
      ---
      title: "Epsilon"
      date: 2024-09-02
      ---
      Nothing shared.
      """
          .replace("TITLE", TITLE.replace("\\", "\\\\").replace("\"", "\\\""));

  @TempDir Path dir;
  private SortedMap<String, byte[]> files;

  @BeforeEach
  void build() throws IOException {
    FixtureSite.write(dir, SITE);
    BuildResult r =
        new SiteBuilder()
            .build(
                new BuildOptions(
                    dir.resolve("content"),
                    dir.resolve("templates"),
                    null,
                    null,
                    false,
                    false,
                    LocalDate.of(2024, 9, 10),
                    null));
    assertFalse(r.failed(), () -> r.printer().format(r.diagnostics()));
    files = r.files();
  }

  private String text(String path) {
    byte[] b = files.get(path);
    if (b == null) throw new AssertionError("no " + path + " among " + files.keySet());
    return new String(b, StandardCharsets.UTF_8);
  }

  @Test
  void bibtexReadsBackWithTheTitleAndAuthorsAsWritten() throws Exception {
    BibTeXDatabase db =
        new BibTeXParser().parse(new StringReader(text("briefings/alpha/cite.bib")));
    BibTeXEntry e = db.resolveEntry(new Key("alpha"));
    assertEquals(new Key("misc"), e.getType());
    assertEquals(TITLE, plain(e, BibTeXEntry.KEY_TITLE));
    assertEquals("Ana Ruiz and Bo Li", plain(e, BibTeXEntry.KEY_AUTHOR));
    assertEquals("Test briefing team", plain(e, BibTeXEntry.KEY_PUBLISHER));
    assertEquals("2024", plain(e, BibTeXEntry.KEY_YEAR));
    assertEquals("2024-06-01", plain(e, new Key("date")));
    assertEquals("https://example.org/test/briefings/alpha/", plain(e, BibTeXEntry.KEY_URL));
    assertEquals("Updated 2024-07-15", plain(e, BibTeXEntry.KEY_NOTE));
  }

  @Test
  void bibtexOfAFigureIsADatasetCreditedToTheOrganisationAndItsData() throws Exception {
    BibTeXDatabase db =
        new BibTeXParser().parse(new StringReader(text("figures/counted/cite.bib")));
    BibTeXEntry e = db.resolveEntry(new Key("figure-counted"));
    assertEquals(new Key("dataset"), e.getType());
    assertEquals("Test briefing team", plain(e, BibTeXEntry.KEY_AUTHOR));
    assertEquals("Updated 2024-07-15. Data: Statistics Agency", plain(e, BibTeXEntry.KEY_NOTE));
  }

  private static String plain(BibTeXEntry e, Key field) throws Exception {
    String latex = e.getField(field).toUserString();
    return new LaTeXPrinter().print(new LaTeXParser().parse(new StringReader(latex)));
  }

  @Test
  void risHasOneTagPerLineInOrderWithTheValuesOnOneLine() {
    String ris = text("briefings/alpha/cite.ris");
    assertTrue(ris.endsWith("ER  - \r\n"), ris);
    List<String[]> tags = new ArrayList<>();
    for (String line : ris.split("\r\n")) {
      assertTrue(line.matches("[A-Z][A-Z0-9]  - .*"), "not an RIS line: " + line);
      tags.add(new String[] {line.substring(0, 2), line.substring(6)});
    }
    assertEquals("TY", tags.get(0)[0]);
    assertEquals("ELEC", tags.get(0)[1]);
    assertEquals(List.of("Ana Ruiz", "Bo Li"), values(tags, "AU"));
    assertEquals(List.of(TITLE), values(tags, "TI"));
    assertEquals(List.of("Test briefing team"), values(tags, "PB"));
    assertEquals(List.of("2024/06/01/"), values(tags, "DA"));
    assertEquals(List.of("https://example.org/test/briefings/alpha/"), values(tags, "UR"));
    assertEquals(List.of("Returns"), values(tags, "KW"));
    assertEquals("ER", tags.get(tags.size() - 1)[0]);
    assertEquals("DATA", text("figures/counted/cite.ris").substring(6, 10));
  }

  @Test
  void risReadsBackWithAReferenceManagersParser() throws Exception {
    de.undercouch.citeproc.ris.RISLibrary library =
        new de.undercouch.citeproc.ris.RISParser()
            .parse(new StringReader(text("briefings/alpha/cite.ris")));
    assertEquals(1, library.getReferences().size());
    de.undercouch.citeproc.ris.RISReference r = library.getReferences().get(0);
    assertEquals(de.undercouch.citeproc.ris.RISType.ELEC, r.getType());
    assertEquals(TITLE, r.getTitle());
    assertEquals("Test briefing team", r.getPublisher());
    assertEquals("https://example.org/test/briefings/alpha/", r.getURL());
    assertEquals(List.of("Ana Ruiz", "Bo Li"), List.of(r.getAuthors()));
    de.undercouch.citeproc.ris.RISLibrary figure =
        new de.undercouch.citeproc.ris.RISParser()
            .parse(new StringReader(text("figures/counted/cite.ris")));
    assertEquals(de.undercouch.citeproc.ris.RISType.DATA, figure.getReferences().get(0).getType());
  }

  private static List<String> values(List<String[]> tags, String tag) {
    return tags.stream().filter(t -> t[0].equals(tag)).map(t -> t[1]).toList();
  }

  @Test
  void cslJsonHasTheFieldsCitationProcessorsNeed() throws IOException {
    JsonNode list = new ObjectMapper().readTree(text("briefings/alpha/cite.json"));
    assertEquals(1, list.size());
    JsonNode item = list.get(0);
    assertEquals("alpha", item.get("id").asText());
    assertEquals("webpage", item.get("type").asText());
    assertEquals(TITLE, item.get("title").asText());
    assertEquals("Ana Ruiz", item.get("author").get(0).get("literal").asText());
    assertEquals("Test briefing team", item.get("publisher").asText());
    assertEquals("[[2024,6,1]]", item.get("issued").get("date-parts").toString());
    assertEquals("https://example.org/test/briefings/alpha/", item.get("URL").asText());
    JsonNode fa = new ObjectMapper().readTree(text("fa/briefings/alpha/cite.json")).get(0);
    assertEquals("alpha-fa", fa.get("id").asText());
    assertEquals("تیم آزمایشی", fa.get("publisher").asText());
    assertEquals("بو لی", fa.get("author").get(1).get("literal").asText());
  }

  @Test
  void headCarriesCitationMetaTagsAndJsonLdThatNoTitleCanEnd() throws IOException {
    String html = text("briefings/alpha/index.html");
    for (String name :
        List.of(
            "citation_title",
            "citation_author",
            "citation_publication_date",
            "citation_online_date",
            "citation_publisher",
            "citation_public_url",
            "citation_language")) {
      assertTrue(html.contains("<meta name=\"" + name + "\" content=\""), name);
    }
    assertTrue(html.contains("<meta name=\"citation_online_date\" content=\"2024/07/15\">"));
    JsonNode ld = jsonLd(html);
    assertEquals("Article", ld.get("@type").asText());
    assertEquals(TITLE, ld.get("headline").asText());
    assertEquals("Ana Ruiz", ld.get("author").get(0).get("name").asText());
    assertEquals("https://example.org/ana", ld.get("author").get(0).get("url").asText());
    assertEquals("Test briefing team", ld.get("publisher").get("name").asText());
    assertEquals("2024-07-15", ld.get("dateModified").asText());
    JsonNode figure = jsonLd(text("figures/counted/index.html"));
    assertEquals("Dataset", figure.get("@type").asText());
    assertEquals(
        "https://example.org/test/figures/counted.csv",
        figure.get("distribution").get(0).get("contentUrl").asText());
  }

  private static JsonNode jsonLd(String html) throws IOException {
    Matcher m =
        Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>").matcher(html);
    assertTrue(m.find(), "no JSON-LD");
    assertFalse(m.group(1).contains("<"), "the script holds a '<'");
    return new ObjectMapper().readTree(m.group(1));
  }

  @Test
  void citeBlockLinksTheThreeDownloads() {
    String html = text("briefings/alpha/index.html");
    assertTrue(html.contains("Cite this briefing"));
    for (String f : List.of("cite.bib", "cite.ris", "cite.json")) {
      assertTrue(html.contains("href=\"../../briefings/alpha/" + f + "\""), f);
    }
    assertTrue(text("figures/counted/index.html").contains("Cite this figure"));
  }

  @Test
  void authorAndTopicPagesListTheirBriefingsNewestFirst() {
    assertEquals(List.of("TITLE"), listed(text("authors/bo/index.html")));
    assertEquals(List.of("TITLE", "Beta"), listed(text("topics/returns/index.html")));
    assertEquals(List.of("Gamma", "Beta"), listed(text("topics/aid/index.html")));
    String fa = text("fa/topics/returns/index.html");
    assertTrue(fa.contains("<h1>بازگشت</h1>"), fa);
    assertEquals(List.of("گزارش نخست"), listed(fa));
    assertTrue(text("fa/authors/bo/index.html").contains("<h1>بو لی</h1>"));
    String alpha = text("briefings/alpha/index.html");
    assertTrue(alpha.contains("<a href=\"../../authors/ana/\">Ana Ruiz</a> (Researcher)"), alpha);
    assertTrue(alpha.contains("<a href=\"../../topics/returns/\">Returns</a>"));
  }

  @Test
  void relatedBriefingsAreNamedOrSuggestedBySharedTopicsThenFacts() {
    assertEquals(List.of("Beta", "Delta"), related(text("briefings/alpha/index.html")));
    assertEquals(List.of("TITLE"), related(text("briefings/gamma/index.html")));
    assertEquals(List.of("Gamma", "TITLE"), related(text("briefings/beta/index.html")));
    assertEquals(List.of(), related(text("briefings/epsilon/index.html")));
  }

  @Test
  void homeCardsShowEachBriefingsDate() {
    assertTrue(
        text("index.html").contains("<time datetime=\"2024-06-01\">June 1, 2024</time>"),
        text("index.html"));
  }

  /** The titles of the briefing cards on a page, with the test title written TITLE. */
  private static List<String> listed(String html) {
    return titles(html, "(?s)<h3><a href=\"[^\"]*\">(.*?)</a></h3>");
  }

  private static List<String> related(String html) {
    int at = html.indexOf("<section class=\"related\"");
    if (at < 0) return List.of();
    return titles(html.substring(at), "<li><a href=\"[^\"]*\">(.*?)</a>");
  }

  private static List<String> titles(String html, String regex) {
    String escaped = org.sourcebrief.text.Html.escape(TITLE);
    List<String> out = new ArrayList<>();
    Matcher m = Pattern.compile(regex).matcher(html);
    while (m.find()) out.add(m.group(1).equals(escaped) ? "TITLE" : m.group(1));
    return out;
  }
}
