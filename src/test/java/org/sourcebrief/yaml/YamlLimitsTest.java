package org.sourcebrief.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;

/** Each limit of the YAML reader is reported in its own words, naming the limit and the place. */
class YamlLimitsTest {
  private final Diagnostics diagnostics = new Diagnostics();
  private final YamlReader reader = new YamlReader(diagnostics, new SourceTexts());

  @Test
  void aFileOverTheSizeLimitSaysSoAndNamesTheLimit() {
    StringBuilder text = new StringBuilder();
    String fact = "- id: f\n  label: \"A fact with a longish label to fill the file\"\n";
    while (text.length() < 20 * 1024 * 1024) text.append(fact);
    Optional<YamlNode> root = reader.read("content/facts/big.yaml", text.toString());
    Diagnostic d = only();
    assertTrue(root.isEmpty());
    assertEquals("yaml-too-large", d.code());
    assertEquals(SourcePosition.ofFile("content/facts/big.yaml"), d.position());
    assertTrue(d.message().contains("at most 10,485,760 (10 MiB)"), d.message());
    assertTrue(!d.hint().contains("indentation"), d.hint());
  }

  @Test
  void aFileJustUnderTheLimitIsRead() {
    String value = "x".repeat(YamlLimits.MAX_CHARACTERS - 20);
    assertTrue(reader.read("content/facts/a.yaml", "note: \"" + value + "\"\n").isPresent());
    assertEquals(0, diagnostics.sorted().size());
  }

  @Test
  void deepNestingIsReportedWhereTheLimitIsPassed() {
    reader.read("content/facts/a.yaml", "a:\n  b: " + "[".repeat(10_000) + "]".repeat(10_000));
    Diagnostic d = only();
    assertEquals("yaml-too-deep", d.code());
    assertEquals(new SourcePosition("content/facts/a.yaml", 2, 55), d.position());
  }

  @Test
  void aControlCharacterInFrontMatterIsReportedAtItsLineInTheFile() {
    reader.readEmbedded("content/briefings/a.md", "title: \"A\"\nsummary: \"x\u0007y\"\n", 2);
    Diagnostic d = only();
    assertEquals("yaml-control-character", d.code());
    assertEquals(new SourcePosition("content/briefings/a.md", 3, 12), d.position());
    assertTrue(d.message().contains("U+0007 (BEL)"), d.message());
  }

  private Diagnostic only() {
    assertEquals(1, diagnostics.sorted().size(), diagnostics.sorted().toString());
    return diagnostics.sorted().get(0);
  }
}
