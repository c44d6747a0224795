package org.sourcebrief.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.NumberFormat;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import nu.validator.htmlparser.dom.HtmlDocumentBuilder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.testing.SiteFolder;
import org.sourcebrief.text.TestWords;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.InputSource;

/**
 * Proves that no interface word is left in Java code or a template: a site whose content is written
 * in invented words is built with a words bundle in which every message is marked ⟦…⟧ (and its
 * letters accented), and every text a reader meets — each page's text and labelling attributes, the
 * feed, the CSV headers and comment lines, the charts' SVG title and description — must be either
 * marked or made of the content's own words. Month names and compact-number words come from the
 * locale's CLDR data, and the names of file formats (CSV, SVG…) are the same in every language.
 */
class PseudoLocaleTest {
  private static final Pattern WORD = Pattern.compile("\\p{L}+");
  private static final Pattern MARKED = Pattern.compile("⟦[^⟦⟧]*⟧");
  private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s⟦⟧\"]+");

  /** Machine-readable times, as in the feed: 2024-06-01T00:00:00Z. */
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2}T[0-9:.]+Z");

  private static final Set<String> FORMAT_NAMES = Set.of("CSV", "JSON", "SVG", "PNG");
  private static final List<String> LABELS = List.of("alt", "aria-label", "title", "placeholder");

  /** The meta elements whose content a reader meets, in search results and link previews. */
  private static final Set<String> READ_META =
      Set.of("description", "og:title", "og:description", "og:site_name", "og:image:alt");

  @Test
  void everyWordAReaderMeetsIsTheContentsOrTheBundles(@TempDir Path dir) throws IOException {
    Path site = fixture(dir, pseudoBundle(Map.of()));
    assertEquals(List.of(), unmarked(site), "interface words not taken from the bundle");
  }

  @Test
  void theCheckFindsAWordTheBundleDoesNotSupply(@TempDir Path dir) throws IOException {
    // Without its override, "nav.home" falls back to the theme's English "Home", unmarked.
    Path site = fixture(dir, pseudoBundle(Map.of("nav.home", "")));
    List<String> found = unmarked(site);
    assertTrue(found.stream().anyMatch(f -> f.endsWith(": Home")), found::toString);
  }

  /** The default English bundle with every message marked; a key mapped to "" is left out. */
  static String pseudoBundle(Map<String, String> except) {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : TestWords.english().entrySet()) {
      if (except.containsKey(e.getKey())) continue;
      // A list of letters is split by the theme, so each letter is marked on its own.
      String marked =
          e.getKey().endsWith("-letters")
              ? String.join(
                  " ",
                  java.util.Arrays.stream(e.getValue().split(" "))
                      .map(l -> "⟦" + accented(l) + "⟧")
                      .toList())
              : "⟦" + accented(e.getValue()) + "⟧";
      out.append(e.getKey()).append(": \"").append(marked.replace("\"", "\\\"")).append("\"\n");
    }
    return out.toString();
  }

  /** Letters outside placeholders accented, as a pseudo-locale does: "Sources" → "Sóúrcés". */
  static String accented(String message) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    for (char c : message.toCharArray()) {
      if (c == '{') depth++;
      if (c == '}') depth--;
      int i = "aeiouAEIOU".indexOf(c);
      out.append(depth == 0 && i >= 0 ? "áéíóúÁÉÍÓÚ".charAt(i) : c);
    }
    return out.toString();
  }

  private static Path fixture(Path dir, String bundle) throws IOException {
    String text =
        Files.readString(Path.of("src/test/resources/pseudo-locale/site.txt"))
            + "-- templates/words/en.yaml --\n"
            + bundle;
    FixtureSite.write(dir, text);
    CliRun r = CliRun.in(dir, "build");
    assertEquals(0, r.exitCode(), r.errRelativeTo(dir));
    return dir;
  }

  /** Each text a reader meets that is neither marked nor the content's, as "file: words". */
  private static List<String> unmarked(Path dir) throws IOException {
    Set<String> known = vocabulary(dir.resolve("content"));
    List<String> found = new ArrayList<>();
    SortedMap<String, byte[]> files = SiteFolder.read(dir.resolve("site-out"));
    for (Map.Entry<String, byte[]> f : files.entrySet()) {
      String name = f.getKey();
      String text = new String(f.getValue(), StandardCharsets.UTF_8);
      List<String> texts = new ArrayList<>();
      if (name.endsWith(".html")) readerTexts(html(text), texts);
      else if (name.endsWith(".xml") || name.endsWith(".svg")) readerTexts(xml(text), texts);
      // data/facts.csv and data/history.csv name their columns as data/facts.json names its
      // keys, the same in every language, so that a script can read either; a figure's CSV is
      // read by people.
      else if (name.endsWith(".csv") && !name.startsWith("data/")) texts.addAll(csvHeader(text));
      for (String t : texts) {
        String left = unknownWords(t, known);
        if (!left.isEmpty()) found.add(name + ": " + left);
      }
    }
    assertTrue(files.keySet().stream().anyMatch(n -> n.endsWith(".csv")), "no CSV was checked");
    return found.stream().distinct().toList();
  }

  /** The words of a text left once marked messages, addresses and known words are taken out. */
  private static String unknownWords(String text, Set<String> known) {
    String s = TIMESTAMP.matcher(ADDRESS.matcher(text).replaceAll(" ")).replaceAll(" ");
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = MARKED.matcher(s).replaceAll(" ");
    }
    List<String> left = new ArrayList<>();
    Matcher m = WORD.matcher(s);
    while (m.find()) if (!known.contains(m.group())) left.add(m.group());
    return String.join(" ", left);
  }

  /** Every word written in the content files, plus what CLDR supplies for the locale. */
  private static Set<String> vocabulary(Path content) throws IOException {
    Set<String> words = new TreeSet<>(FORMAT_NAMES);
    try (var files = Files.walk(content)) {
      for (Path p : files.filter(Files::isRegularFile).toList()) {
        Matcher m = WORD.matcher(Files.readString(p));
        while (m.find()) words.add(m.group());
      }
    }
    for (Month month : Month.values()) {
      words.add(month.getDisplayName(TextStyle.FULL_STANDALONE, Locale.US));
      words.add(month.getDisplayName(TextStyle.FULL, Locale.US));
    }
    NumberFormat compact =
        NumberFormat.getCompactNumberInstance(Locale.US, NumberFormat.Style.LONG);
    for (int zeros = 3; zeros <= 15; zeros += 3) {
      Matcher m = WORD.matcher(compact.format(BigDecimal.TEN.pow(zeros)));
      while (m.find()) words.add(m.group());
    }
    return words;
  }

  private static Node html(String text) throws IOException {
    try {
      return new HtmlDocumentBuilder().parse(new InputSource(new StringReader(text)));
    } catch (org.xml.sax.SAXException e) {
      throw new IOException(e);
    }
  }

  private static Node xml(String text) throws IOException {
    try {
      return DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new InputSource(new StringReader(text)));
    } catch (Exception e) {
      throw new IOException(e);
    }
  }

  /**
   * The page's text, joined across elements so a message wrapping a link stays one piece, and each
   * labelling attribute on its own. Scripts, styles, code and SVG drawing are not read.
   */
  private static void readerTexts(Node root, List<String> out) {
    StringBuilder text = new StringBuilder();
    collect(root, text, out);
    out.add(text.toString());
  }

  private static void collect(Node n, StringBuilder text, List<String> attributes) {
    if (n.getNodeType() == Node.TEXT_NODE) text.append(n.getNodeValue());
    if (n instanceof Element e) {
      String tag = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
      // Code (an id, the iframe to copy) is written for machines, the same in every language.
      if (tag.equals("script") || tag.equals("style") || tag.equals("code")) return;
      for (String a : LABELS) if (e.hasAttribute(a)) attributes.add(e.getAttribute(a));
      if (READ_META.contains(e.getAttribute("name"))
          || READ_META.contains(e.getAttribute("property")))
        attributes.add(e.getAttribute("content"));
      text.append(' ');
    }
    for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling())
      collect(c, text, attributes);
    if (n instanceof Element) text.append(' ');
  }

  /** A CSV's comment lines and its header row: what is not data. */
  private static List<String> csvHeader(String csv) {
    List<String> out = new ArrayList<>();
    for (String line : csv.lines().toList()) {
      out.add(line);
      if (!line.startsWith("#")) break;
    }
    return out;
  }
}
