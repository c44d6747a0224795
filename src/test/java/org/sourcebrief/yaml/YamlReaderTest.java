package org.sourcebrief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;

/** The tree built from the tokens of Jackson's YAML parser, with the positions of its locations. */
class YamlReaderTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final YamlReader reader = new YamlReader(diagnostics, new SourceTexts());

  private YamlMapping read(String text) {
    return reader.read("f.yaml", text).orElseThrow().mapping("the file");
  }

  private static SourcePosition at(int line, int column) {
    return new SourcePosition("f.yaml", line, column);
  }

  @Test
  void theTokensComeFromJacksonsParser() throws Exception {
    try (EventParser parser = EventParser.open("a: 1\n")) {
      assertTrue(parser instanceof com.fasterxml.jackson.dataformat.yaml.YAMLParser);
      assertEquals(com.fasterxml.jackson.core.JsonToken.START_OBJECT, parser.nextToken());
      assertEquals(com.fasterxml.jackson.core.JsonToken.FIELD_NAME, parser.nextToken());
      assertEquals(1, parser.currentTokenLocation().getLineNr());
      assertEquals(1, parser.currentTokenLocation().getColumnNr());
    }
  }

  @Test
  void nestedBlockValuesKeepTheirLinesAndColumns() {
    YamlMapping root = read("a:\n  b:\n    - c\n    - d: \"e\"\n      f: 0755\n");
    YamlNode a = root.get("a").orElseThrow();
    assertEquals(at(2, 3), a.position());
    YamlMapping am = a.mapping("a");
    assertEquals(at(2, 3), am.keyPosition("b"));
    List<YamlNode> items = am.get("b").orElseThrow().items("b");
    assertEquals(at(3, 7), items.get(0).position());
    assertEquals(at(3, 5), am.get("b").orElseThrow().position());
    assertEquals(at(3, 7), items.get(0).positionAt(0));
    YamlMapping item = items.get(1).mapping("item");
    assertEquals(at(4, 7), item.position());
    assertEquals(at(4, 10), item.get("d").orElseThrow().position());
    assertTrue(item.get("d").orElseThrow().isQuoted());
    assertEquals(at(4, 11), item.get("d").orElseThrow().positionAt(0));
    assertEquals("0755", item.get("f").orElseThrow().scalar());
    assertEquals(at(5, 10), item.get("f").orElseThrow().position());
    assertTrue(diagnostics.sorted().isEmpty(), diagnostics.sorted().toString());
  }

  @Test
  void flowValuesKeepTheirColumns() {
    YamlMapping root = read("points: [1, {x: yes, y: '2'}]\n");
    List<YamlNode> points = root.get("points").orElseThrow().items("points");
    assertEquals(at(1, 9), root.get("points").orElseThrow().position());
    assertEquals(at(1, 10), points.get(0).position());
    YamlMapping p = points.get(1).mapping("point");
    assertEquals(at(1, 13), p.position());
    assertEquals("yes", p.get("x").orElseThrow().scalar());
    assertFalse(p.get("x").orElseThrow().isQuoted());
    assertEquals(at(1, 25), p.get("y").orElseThrow().position());
    assertTrue(p.get("y").orElseThrow().isQuoted());
  }

  @Test
  void multiLineScalarsStartWhereTheirIndicatorIs() {
    YamlMapping root = read("lit: |\n  one\n  two\nfold: >\n  three\n  four\nplain: five\n  six\n");
    YamlNode lit = root.get("lit").orElseThrow();
    assertEquals("one\ntwo\n", lit.scalar());
    assertEquals(at(1, 6), lit.position());
    assertTrue(lit.isQuoted());
    assertEquals("three four\n", root.get("fold").orElseThrow().scalar());
    assertEquals(at(4, 7), root.get("fold").orElseThrow().position());
    assertEquals("five six", root.get("plain").orElseThrow().scalar());
    assertEquals(at(7, 8), root.get("plain").orElseThrow().position());
  }

  @Test
  void nullsAreOnlyPlainEmptyTildeOrNull() {
    YamlMapping root = read("a:\nb: ~\nc: null\nd: \"null\"\ne: ''\n");
    assertFalse(root.has("a"));
    assertFalse(root.has("b"));
    assertFalse(root.has("c"));
    assertEquals("null", root.string("d").orElseThrow());
    assertEquals("", root.string("e").orElseThrow());
  }

  @Test
  void anAliasIsTheNodeItsAnchorNames() {
    YamlMapping root = read("base: &b {x: 1}\ncopy: *b\nword: &w text\nagain: *w\n");
    assertSame(root.get("base").orElseThrow(), root.get("copy").orElseThrow());
    assertEquals(at(1, 7), root.get("copy").orElseThrow().position());
    assertEquals("text", root.get("again").orElseThrow().scalar());
    assertEquals(at(3, 7), root.get("again").orElseThrow().position());
  }

  @Test
  void anAliasOrListAsKeyIsReadAndReported() {
    YamlMapping root = read("word: &w name\n*w : value\n[a]: b\n");
    assertEquals("value", root.string("name").orElseThrow());
    assertEquals(at(1, 7), root.keyPosition("name"));
    List<Diagnostic> d = diagnostics.sorted();
    assertEquals(1, d.size(), d.toString());
    assertEquals("a key must be plain text", d.get(0).message());
    assertEquals(at(3, 1), d.get(0).position());
  }

  @Test
  void anUndefinedAliasIsASyntaxErrorAtTheAlias() {
    assertTrue(reader.read("f.yaml", "a: 1\nb: *nowhere\n").isEmpty());
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals("yaml-syntax", d.code());
    assertEquals(at(2, 4), d.position());
    assertTrue(d.message().contains("found undefined alias nowhere"), d.message());
  }

  @Test
  void aSecondDocumentIsReportedWhereItBegins() {
    assertTrue(reader.read("f.yaml", "a: 1\n---\nb: 2\n").isEmpty());
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals(at(2, 1), d.position());
    assertTrue(d.message().contains("but found another document"), d.message());
  }

  @Test
  void anEscapeNamingNoCharacterIsReportedNotThrown() {
    assertTrue(reader.read("f.yaml", "a: \"\\UFFFFFFFF\"\n").isEmpty());
    Diagnostic d = diagnostics.sorted().get(0);
    assertEquals("yaml-syntax", d.code());
    assertTrue(d.message().contains("names no character"), d.message());
  }

  @Test
  void frontMatterLinesCountFromTheFirstLineOfTheFile() {
    YamlNode root = reader.readEmbedded("a.md", "title: x\nsummary: \"y\"\n", 2).orElseThrow();
    YamlMapping m = root.mapping("front matter");
    assertEquals(new SourcePosition("a.md", 3, 10), m.get("summary").orElseThrow().position());
  }
}
