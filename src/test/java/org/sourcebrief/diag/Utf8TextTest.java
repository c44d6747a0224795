package org.sourcebrief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class Utf8TextTest {
  @Test
  void textInUtf16OrUtf32IsNamedAndNotReadOn() {
    String yaml = "- id: a\n  value: 1\n";
    assertEquals("UTF-16", Utf8Text.wideEncoding(yaml.getBytes(StandardCharsets.UTF_16)));
    assertEquals("UTF-16", Utf8Text.wideEncoding(yaml.getBytes(StandardCharsets.UTF_16LE)));
    assertEquals("UTF-16", Utf8Text.wideEncoding(yaml.getBytes(StandardCharsets.UTF_16BE)));
    assertEquals(
        "UTF-32",
        Utf8Text.wideEncoding(
            ("\uFEFF" + yaml).getBytes(java.nio.charset.Charset.forName("UTF-32LE"))));
    assertEquals(null, Utf8Text.wideEncoding(yaml.getBytes(StandardCharsets.UTF_8)));
    assertEquals(null, Utf8Text.wideEncoding("- id: café".getBytes(StandardCharsets.ISO_8859_1)));
    assertEquals(null, Utf8Text.wideEncoding(new byte[] {'a', 0}));
    Diagnostics d = new Diagnostics();
    assertEquals("", Utf8Text.decode("f.yaml", yaml.getBytes(StandardCharsets.UTF_16LE), d));
    assertEquals(List.of("utf16-text"), d.sorted().stream().map(Diagnostic::code).toList());
  }

  @Test
  void validTextIsReadAsIsWithoutDiagnostics() {
    Diagnostics d = new Diagnostics();
    String text = "\uFEFFtitle: \"Kabul – Karachi 𝟙\"\r\n";
    assertEquals(text, Utf8Text.decode("a.yaml", text.getBytes(StandardCharsets.UTF_8), d));
    assertEquals(List.of(), d.sorted());
  }

  @Test
  void reportsTheFirstBadByteByLineAndCodePointColumn() {
    Diagnostics d = new Diagnostics();
    byte[] bytes = bytes("a: 1\r\nb: \"𝟙é", new byte[] {(byte) 0xE9}, "x\"\n", new byte[] {-1});
    String text = Utf8Text.decode("content/facts/a.yaml", bytes, d);
    Diagnostic only = d.sorted().get(0);
    assertEquals(1, d.sorted().size());
    assertEquals("invalid-utf8", only.code());
    assertEquals(new SourcePosition("content/facts/a.yaml", 2, 7), only.position());
    assertEquals(
        "this file is not valid UTF-8 text: the byte 0xE9 is not part of any character",
        only.message());
    assertEquals("a: 1\r\nb: \"𝟙é\uFFFDx\"\n\uFFFD", text);
  }

  @Test
  void aLoneCarriageReturnEndsALine() {
    Diagnostics d = new Diagnostics();
    Utf8Text.decode("a.md", bytes("one\rtwo\n\nab", new byte[] {(byte) 0xC3}), d);
    assertEquals(new SourcePosition("a.md", 4, 3), d.sorted().get(0).position());
  }

  private static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object p : parts) {
      byte[] b = p instanceof String s ? s.getBytes(StandardCharsets.UTF_8) : (byte[]) p;
      out.write(b, 0, b.length);
    }
    return out.toByteArray();
  }
}
