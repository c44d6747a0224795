package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.sourcebrief.content.ChartType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The renderer on synthetic data (invented numbers, labelled as test data in every chart). */
class ChartRendererTest {

  static final List<String> TYPES = ChartType.ids();
  private static final Pattern URL_REF = Pattern.compile("url\\(#([^)]+)\\)");

  private final ChartRenderer renderer = new ChartRenderer();

  @ParameterizedTest
  @FieldSource("TYPES")
  void svgIsAnAccessibleImageNamedByItsTitleAndAltText(String type) throws Exception {
    ChartData d = SyntheticCharts.of(type, Locale.US);
    Element svg = parse(renderer.svg(d)).getDocumentElement();

    assertEquals("svg", svg.getLocalName());
    assertEquals("http://www.w3.org/2000/svg", svg.getNamespaceURI());
    assertEquals("img", svg.getAttribute("role"));
    assertEquals("0 0 560 350", svg.getAttribute("viewBox"));
    assertEquals("560", svg.getAttribute("width"));
    assertEquals("350", svg.getAttribute("height"));
    List<Element> children = childElements(svg);
    assertEquals("title", children.get(0).getLocalName());
    assertEquals(d.title(), children.get(0).getTextContent());
    assertEquals("desc", children.get(1).getLocalName());
    assertEquals(d.alt(), children.get(1).getTextContent());
    assertEquals(
        children.get(0).getAttribute("id") + " " + children.get(1).getAttribute("id"),
        svg.getAttribute("aria-labelledby"));
  }

  @ParameterizedTest
  @FieldSource("TYPES")
  void everyIdIsPrefixedWithTheChartIdAndEveryReferenceResolves(String type) throws Exception {
    ChartData d = SyntheticCharts.of(type, Locale.US);
    Document doc = parse(renderer.svg(d));
    Set<String> ids = new HashSet<>();
    List<String> references = new ArrayList<>();
    NodeList all = doc.getElementsByTagNameNS("*", "*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (e.hasAttribute("id")) {
        String id = e.getAttribute("id");
        assertTrue(id.startsWith(d.id() + "-"), id);
        assertTrue(id.matches("[A-Za-z][A-Za-z0-9_-]*"), "a valid HTML id: " + id);
        assertTrue(ids.add(id), "unique: " + id);
      }
      Matcher m = URL_REF.matcher(e.getAttribute("clip-path") + e.getAttribute("fill"));
      while (m.find()) {
        references.add(m.group(1));
      }
    }
    references.addAll(List.of(doc.getDocumentElement().getAttribute("aria-labelledby").split(" ")));
    assertTrue(ids.containsAll(references), "references " + references + " within " + ids);
  }

  @ParameterizedTest
  @FieldSource("TYPES")
  void svgIsCompactSolidAndRounded(String type) {
    String svg =
        new String(renderer.svg(SyntheticCharts.of(type, Locale.US)), StandardCharsets.UTF_8);
    assertFalse(svg.contains("dasharray"), "no dotted or dashed lines");
    assertFalse(
        Pattern.compile("\\d\\.\\d\\d").matcher(svg).find(), "coordinates in tenths at most");
    assertFalse(svg.contains("\n  "), "no indentation");
    assertFalse(svg.startsWith("<?xml"), "ready to inline in HTML");
  }

  @ParameterizedTest
  @FieldSource("TYPES")
  void pngDecodesAtTwiceTheDrawingSize(String type) throws IOException {
    BufferedImage image =
        ImageIO.read(new ByteArrayInputStream(renderer.png(SyntheticCharts.of(type, Locale.US))));
    assertNotNull(image);
    assertEquals(1600, image.getWidth());
    assertEquals(1000, image.getHeight());
  }

  @ParameterizedTest
  @FieldSource("TYPES")
  void sameDataGivesTheSameBytesWhateverTheDefaultLocaleAndTimeZone(String type) {
    ChartData d = SyntheticCharts.of(type, Locale.forLanguageTag("de-DE"));
    byte[] svg = renderer.svg(d);
    byte[] png = renderer.png(d);
    assertArrayEquals(svg, renderer.svg(d), "a second render");
    assertArrayEquals(png, renderer.png(d), "a second render");
    for (String tag : List.of("tr-TR", "de-DE", "ar-EG")) {
      withDefaults(
          Locale.forLanguageTag(tag),
          TimeZone.getTimeZone("Asia/Kabul"),
          () -> {
            assertArrayEquals(svg, renderer.svg(d), "SVG under " + tag);
            assertArrayEquals(png, renderer.png(d), "PNG under " + tag);
          });
    }
  }

  @Test
  void aFiveBarChartStaysSmall() throws IOException {
    byte[] svg = renderer.svg(SyntheticCharts.fiveBars(Locale.US));
    ByteArrayOutputStream gz = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(gz)) {
      out.write(svg);
    }
    assertTrue(svg.length < 40_000, "raw SVG " + svg.length + " bytes");
    assertTrue(gz.size() < 10_000, "gzipped SVG " + gz.size() + " bytes");
  }

  @Test
  void donutValuesUseTheChartLocaleNotTheJvmDefault() {
    ChartData german = SyntheticCharts.donut(Locale.forLanguageTag("de-DE"));
    ChartData american = SyntheticCharts.donut(Locale.US);
    for (Locale jvm :
        List.of(Locale.US, Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("de-DE"))) {
      withDefaults(
          jvm,
          TimeZone.getDefault(),
          () -> {
            // CLDR's German puts no-break spaces before "Mio." and "%".
            assertEquals(
                List.of("1,3\u00a0Mio. (48\u00a0%)", "800.000 (30\u00a0%)", "600.000 (22\u00a0%)"),
                DonutLegend.details(german));
            assertEquals(
                List.of("1.3M (48%)", "800K (30%)", "600K (22%)"), DonutLegend.details(american));
          });
    }
    assertNotEquals(
        new String(renderer.svg(german), StandardCharsets.UTF_8),
        new String(renderer.svg(american), StandardCharsets.UTF_8),
        "the legend's outlines differ with the chart's locale");
  }

  @Test
  void axisNumbersUseTheChartLocale() {
    assertEquals("1,3\u00a0Mio.", new NumberLabels(Locale.GERMANY).compact(1_300_000));
    assertEquals("800.000", new NumberLabels(Locale.GERMANY).compact(800_000));
    assertEquals("1.3M", new NumberLabels(Locale.US).compact(1_300_000.0000000002));
    assertEquals("250K", new NumberLabels(Locale.US).compact(250_000));
    assertEquals("0", new NumberLabels(Locale.US).compact(-1e-12));
  }

  @Test
  void keptLabelsBelongToTheirLocale() {
    for (int round = 0; round < 2; round++) {
      assertEquals("1.3M", new NumberLabels(Locale.US).compact(1_300_000));
      assertEquals("1,3\u00a0Mio.", new NumberLabels(Locale.GERMANY).compact(1_300_000));
      assertEquals("1M", new NumberLabels(Locale.US).compact(999_999));
    }
  }

  @Test
  void chartNumbersNeverReadZeroOrRunPastTheLargestUnit() {
    NumberLabels us = new NumberLabels(Locale.US);
    assertEquals("0.00042", us.compact(0.00042));
    assertEquals("-0.00042", us.compact(-0.00042));
    assertEquals("1M", us.compact(999_999));
    assertEquals("12,345,678,900,000,000,000", us.compact(1.23456789e19));
    assertEquals(
        "\u22122,5\u00a0mn", new NumberLabels(Locale.forLanguageTag("sv-SE")).compact(-2.5e6));
  }

  @Test
  void rendersInParallelToTheSameBytes() throws Exception {
    List<ChartData> charts = new ArrayList<>();
    for (String type : TYPES) {
      charts.add(SyntheticCharts.of(type, Locale.US));
    }
    List<java.util.function.Supplier<byte[]>> renders = new ArrayList<>();
    for (ChartData d : charts) {
      renders.add(() -> renderer.svg(d));
      renders.add(() -> renderer.png(d));
    }
    org.sourcebrief.testing.InParallel.assertSameBytes(renders, 3);
  }

  /** Headless, with fontconfig pointed at an empty configuration: no system font at all. */
  @Test
  void rendersTheSameWithNoSystemFontsAndHeadless(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        System.getProperty("os.name").startsWith("Linux"), "fontconfig is Linux's");
    Path conf = dir.resolve("fonts.conf");
    Files.writeString(
        conf,
        "<?xml version=\"1.0\"?><fontconfig><cachedir>"
            + dir.resolve("cache")
            + "</cachedir></fontconfig>");
    Path out = dir.resolve("charts");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Djava.awt.headless=true",
            "-cp",
            System.getProperty("java.class.path"),
            ChartPreview.class.getName(),
            out.toString(),
            "en-US");
    pb.environment().put("FONTCONFIG_FILE", conf.toString());
    pb.redirectErrorStream(true);
    pb.redirectOutput(dir.resolve("log.txt").toFile());
    Process p = pb.start();
    assertEquals(0, p.waitFor(), () -> read(dir.resolve("log.txt")));
    for (String type : TYPES) {
      ChartData d = SyntheticCharts.of(type, Locale.US);
      assertArrayEquals(renderer.svg(d), Files.readAllBytes(out.resolve(type + ".svg")), type);
      assertArrayEquals(renderer.png(d), Files.readAllBytes(out.resolve(type + ".png")), type);
    }
  }

  @Test
  void versionNamesTheLibrariesAndTheFont() {
    assertTrue(ChartRenderer.VERSION.contains("xchart-3.8.8"), ChartRenderer.VERSION);
    assertTrue(ChartRenderer.VERSION.contains("pngencoder-0.15.0"), ChartRenderer.VERSION);
    assertTrue(ChartRenderer.VERSION.contains(BundledFonts.NAME), ChartRenderer.VERSION);
  }

  private static void withDefaults(Locale locale, TimeZone zone, Runnable body) {
    Locale display = Locale.getDefault(Locale.Category.DISPLAY);
    Locale format = Locale.getDefault(Locale.Category.FORMAT);
    Locale main = Locale.getDefault();
    TimeZone tz = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
      body.run();
    } finally {
      Locale.setDefault(main);
      Locale.setDefault(Locale.Category.DISPLAY, display);
      Locale.setDefault(Locale.Category.FORMAT, format);
      TimeZone.setDefault(tz);
    }
  }

  static Document parse(byte[] svg) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg));
  }

  private static List<Element> childElements(Element parent) {
    List<Element> out = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        out.add(e);
      }
    }
    return out;
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      return e.toString();
    }
  }
}
