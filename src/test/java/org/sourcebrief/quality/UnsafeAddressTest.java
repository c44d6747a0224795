package org.sourcebrief.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.htmlparser.common.XmlViolationPolicy;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.w3c.dom.Attr;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every way an address written by an editor reaches an {@code href} or {@code src} of the built
 * site, each fed a {@code javascript:}, {@code vbscript:} or {@code data:} address spelled every
 * way a browser still runs. Each must end in an error, or in a site in which no link or image
 * address (read by a real HTML parser, as a browser reads it) has any scheme but http, https and
 * mailto. A safe address in the same place must reach an {@code href} or {@code src}, which proves
 * the place is a real way in; {@link #everyWriterOfALinkIsListed} keeps the list complete.
 */
class UnsafeAddressTest {
  /** A hostile address, spelled as written in a content file. */
  static final List<String> HOSTILE =
      List.of(
          "javascript:alert(1)",
          "JaVaScRiPt:alert(1)",
          " javascript:alert(1)",
          "&#106;avascript:alert(1)",
          "&#x6A;avascript&colon;alert(1)",
          "java\tscript:alert(1)",
          "java&#x09;script:alert(1)",
          "javascript%3Aalert(1)",
          "\u0001javascript:alert(1)",
          "data:text/html,<script>alert(1)</script>",
          "DATA:image/svg+xml;base64,PHN2Zz4=",
          "vbscript:msgbox(1)",
          "file:///etc/passwd");

  private static final String SAFE = "https://example.org/safe-address";

  /** Each place an editor can write an address, as a fixture site holding {@code %s}. */
  enum Way {
    SOURCE_URL(site("  url: \"%s\"\n  accessed: 2024-06-01\n", "", "", false)),
    SOURCE_ARCHIVE_URL(site("  archive_url: \"%s\"\n", "", "", false)),
    BASE_URL(FixtureSite.MINIMAL.replace("\"https://example.org/test/\"", "\"%s\"")),
    BASE_URL_OPTION(FixtureSite.MINIMAL),
    MARKDOWN_LINK(site("", "See [the report](%s).", "", false)),
    MARKDOWN_IMAGE(site("", "![A map](%s)", "", false)),
    MARKDOWN_REFERENCE(site("", "See [the report][r].\n\n[r]: %s", "", false)),
    MARKDOWN_AUTOLINK(site("", "See <%s>.", "", false)),
    HTML_HREF(site("", "See <a href=\"%s\">the report</a>.", "", true)),
    HTML_SRC(site("", "<img src=\"%s\" alt=\"A map\">", "", true)),
    SLUG(site("", "", "slug: \"%s\"\n", false)),
    AUTHOR_URL(
        site("", "", "authors: [team]\n", false)
            .replace(
                "locale: en-US\n",
                "locale: en-US\nauthors:\n  - id: team\n    name: \"Team\"\n    url: \"%s\"\n"));

    final String fixture;

    Way(String fixture) {
      this.fixture = fixture;
    }

    /** Writes the site with {@code address} in this place; gives the extra command-line words. */
    String[] write(Path dir, String address) {
      boolean yaml =
          this == SOURCE_URL
              || this == SOURCE_ARCHIVE_URL
              || this == BASE_URL
              || this == AUTHOR_URL;
      boolean slug = this == SLUG;
      String inFile = yaml || slug ? yamlEscaped(address) : address;
      FixtureSite.write(dir, fixture.replace("%s", inFile));
      return this == BASE_URL_OPTION ? new String[] {"--base-url", address} : new String[0];
    }
  }

  private static String site(String sourceLines, String prose, String frontMatter, boolean html) {
    return FixtureSite.MINIMAL
        .replace("  date: 2024-05\n", "  date: 2024-05\n" + sourceLines)
        .replace("locale: en-US\n", "locale: en-US\n" + (html ? "allow_html: true\n" : ""))
        .replace("date: 2024-06-01\n---\n", "date: 2024-06-01\n" + frontMatter + "---\n")
        .replace("{{cite:agency-2024}}\n", "{{cite:agency-2024}}\n\n" + prose + "\n");
  }

  static Stream<Arguments> hostile() {
    return Stream.of(Way.values())
        .flatMap(w -> HOSTILE.stream().map(a -> Arguments.of(w, HOSTILE.indexOf(a), printable(a))));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("hostile")
  void aHostileAddressIsAnErrorOrNeverPublished(Way way, int index, String shown, @TempDir Path dir)
      throws Exception {
    String[] extra = way.write(dir, HOSTILE.get(index));
    // check reports what build would (the bad-input corpus holds them to that) and is quicker.
    CliRun check = CliRun.in(dir, "check", extra);
    assertFalse(check.err().contains("Exception"), check.err());
    if (check.exitCode() != 0) {
      assertTrue(check.exitCode() == 1 || check.exitCode() == 2, check.err());
      assertTrue(check.err().contains("error"), check.err());
      return;
    }
    CliRun build = CliRun.in(dir, "build", extra);
    assertEquals(0, build.exitCode(), build.err());
    assertEquals(List.of(), unsafeAddresses(dir.resolve("site-out")), build.err());
  }

  /**
   * A harmless address written in each place reaches a link or image: the place is a real way in.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("ways")
  void aWebAddressInEachPlaceIsPublished(Way way, @TempDir Path dir) throws Exception {
    String address = way == Way.SLUG ? "safe-address" : SAFE;
    String expected = way == Way.BASE_URL || way == Way.BASE_URL_OPTION ? SAFE + "/" : address;
    CliRun run = CliRun.in(dir, "build", way.write(dir, address));
    assertEquals(0, run.exitCode(), run.err());
    Path out = dir.resolve("site-out");
    assertEquals(List.of(), unsafeAddresses(out));
    List<String> addresses = addresses(out);
    assertTrue(
        addresses.stream().anyMatch(a -> a.endsWith(expected) || a.contains(expected + "/")),
        () -> way + ": " + expected + " is in no href or src: " + addresses);
  }

  static Stream<Way> ways() {
    return Stream.of(Way.values());
  }

  /**
   * The files that write an {@code href} or {@code src}, each reviewed: addresses built from page
   * paths and checked ids only, or from content through {@code WebAddress}. A new file that writes
   * a link fails this test until it is reviewed and added here (and, if it takes an address from
   * content, given a {@link Way}).
   */
  @Test
  void everyWriterOfALinkIsListed() throws IOException {
    Set<String> reviewed =
        Set.of(
            // Source url and archive_url, through WebAddress (Way.SOURCE_URL, SOURCE_ARCHIVE_URL).
            "src/main/java/org/sourcebrief/markdown/Citations.java",
            // clip-path="url(#id)" inside charts: generated ids only.
            "src/main/java/org/sourcebrief/chart/svg/SvgWriter.java",
            // Page links from checked slugs (Way.SLUG) and ids; absolute ones from base_url
            // (Way.BASE_URL, BASE_URL_OPTION).
            "src/main/java/org/sourcebrief/template/PageModels.java",
            "src/main/java/org/sourcebrief/template/Citing.java",
            "src/main/java/org/sourcebrief/template/Corrections.java",
            "src/main/java/org/sourcebrief/template/IndexPages.java",
            // The same page in the site's other languages: page folders from the path plan under
            // a language code that site.yaml declares (checked by the config loader).
            "src/main/java/org/sourcebrief/template/LanguageLinks.java",
            // Author and topic pages: folders from ids the config loader and CreditChecks check.
            "src/main/java/org/sourcebrief/template/CreditPages.java",
            // The theme prints the addresses above; Markdown's own links and images, references,
            // autolinks and raw HTML come through the narrative's body (Way.MARKDOWN_*, HTML_*).
            "templates/404.ftlh",
            // The embed page: the figure page's address from base_url, the stylesheet.
            "templates/embed.ftlh",
            // An author's own address, through WebAddress (Way.AUTHOR_URL); briefing links.
            "templates/author.ftlh",
            "templates/briefing-list.ftlh",
            // The citation files next to the page, and author, topic and related-briefing links.
            "templates/cite.ftlh",
            "templates/narrative.ftlh",
            // The theme's partials: chart files by checked chart id, relative to the page;
            // #note anchors; facts/#id by checked fact id (the models come from markdown/).
            "templates/_markup/figure.ftlh",
            "templates/_markup/marker.ftlh",
            "templates/_markup/notes.ftlh",
            "templates/facts.ftlh",
            "templates/feed.ftlx",
            "templates/figure.ftlh",
            "templates/home.ftlh",
            "templates/layout.ftlh",
            // The corrections page (and a briefing's corrections box, in narrative.ftlh): fact
            // index anchors by checked fact id and narrative pages from the path plan; a source
            // credit's HTML as the notes write it.
            "templates/corrections.ftlh",
            // Every page's address, and its translations', from base_url.
            "templates/sitemap.ftlx",
            "templates/sources.ftlh");
    Set<String> found = new TreeSet<>();
    Pattern link =
        Pattern.compile(
            "(?i)\\b(href|src|srcset|action|formaction)\\s*=\\s*\\\\?[\"']|url\\(#|\"href\"");
    for (Path root : List.of(Path.of("src/main/java"), Path.of("templates"))) {
      try (Stream<Path> files = Files.walk(root)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          String text = Files.readString(f, StandardCharsets.UTF_8);
          if (link.matcher(text).find()) found.add(f.toString().replace('\\', '/'));
        }
      }
    }
    assertEquals(new TreeSet<>(reviewed), found, "the files that write a link, each reviewed here");
  }

  @Test
  void theJudgeReadsAddressesAsABrowserDoes() {
    assertTrue(isUnsafe(" \u0001JaVa\tscript:x"));
    assertTrue(isUnsafe("data:text/html,x"));
    assertFalse(isUnsafe("../facts/#a"));
    assertFalse(isUnsafe("mailto:a@example.org"));
    assertFalse(isUnsafe("notes/a:b"));
  }

  /** Every link and image address in the built site that a browser would run. */
  static List<String> unsafeAddresses(Path out) throws Exception {
    return addressesIn(out).stream()
        .filter(a -> isUnsafe(a.substring(a.indexOf(": ") + 2)))
        .toList();
  }

  private static List<String> addresses(Path out) throws Exception {
    return addressesIn(out).stream().map(a -> a.substring(a.indexOf(": ") + 2)).toList();
  }

  /** "file: address" for every address attribute of every HTML, XML and SVG file. */
  private static List<String> addressesIn(Path out) throws Exception {
    List<String> all = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = f.getFileName().toString();
      Document doc;
      if (name.endsWith(".html")) doc = html(f);
      else if (name.endsWith(".xml") || name.endsWith(".svg")) doc = xml(f);
      else continue;
      collect(doc.getDocumentElement(), out.relativize(f).toString(), all);
    }
    return all;
  }

  private static void collect(Element e, String file, List<String> into) {
    NamedNodeMap attributes = e.getAttributes();
    for (int i = 0; i < attributes.getLength(); i++) {
      Attr a = (Attr) attributes.item(i);
      String name = a.getName().toLowerCase(Locale.ROOT);
      if (ADDRESS_ATTRIBUTES.contains(name)) into.add(file + ": " + a.getValue());
    }
    String property = e.getAttribute("property") + e.getAttribute("name");
    if (property.endsWith(":url") || property.endsWith(":image")) {
      into.add(file + ": " + e.getAttribute("content"));
    }
    if (e.getLocalName() != null && Set.of("loc", "id").contains(e.getLocalName())) {
      into.add(file + ": " + e.getTextContent());
    }
    NodeList children = e.getChildNodes();
    for (int i = 0; i < children.getLength(); i++) {
      if (children.item(i) instanceof Element c) collect(c, file, into);
    }
  }

  private static final Set<String> ADDRESS_ATTRIBUTES =
      Set.of(
          "href", "src", "srcset", "action", "formaction", "xlink:href", "poster", "data", "cite");

  /**
   * As a browser reads an attribute's address: leading and trailing spaces and control characters
   * dropped, tabs and line breaks removed anywhere, then the scheme in any letter case.
   */
  static boolean isUnsafe(String value) {
    String v =
        value.replaceAll("^[\\x00-\\x20]+|[\\x00-\\x20]+$", "").replaceAll("[\\t\\n\\r]", "");
    Matcher m = Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.-]*):").matcher(v);
    if (!m.find()) return false;
    return !Set.of("http", "https", "mailto").contains(m.group(1).toLowerCase(Locale.ROOT));
  }

  private static Document html(Path f) throws Exception {
    HtmlDocumentBuilder builder = new HtmlDocumentBuilder(XmlViolationPolicy.ALLOW);
    try (InputStream in = Files.newInputStream(f)) {
      InputSource source = new InputSource(in);
      source.setEncoding("UTF-8");
      return builder.parse(source);
    }
  }

  private static Document xml(Path f) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(f)) {
      return factory.newDocumentBuilder().parse(in);
    }
  }

  /** A YAML double-quoted value: quotes, backslashes and control characters escaped. */
  static String yamlEscaped(String s) {
    StringBuilder out = new StringBuilder();
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') out.append('\\').append(c);
      else if (c == '\t') out.append("\\t");
      else if (c < 0x20) out.append(String.format(Locale.ROOT, "\\x%02x", (int) c));
      else out.append(c);
    }
    return out.toString();
  }

  /** A test name without raw control characters. */
  private static String printable(String s) {
    return s.replace("\t", "\\t").replace("\u0001", "\\x01");
  }
}
