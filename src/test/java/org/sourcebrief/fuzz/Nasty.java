package org.sourcebrief.fuzz;

import java.util.List;

/**
 * The values a mutation puts into a site: other YAML types, hostile addresses, extreme numbers, odd
 * ids, and text that is hard on a pipeline (bidi and invisible characters, combining marks, astral
 * characters, bytes that are not UTF-8, markup and near-miss references). Texts are Unicode unless
 * their comment says they are raw bytes.
 */
final class Nasty {
  private Nasty() {}

  /** A YAML value of another type, or a hostile string, in place of a key's value. */
  static final List<String> VALUES =
      List.of(
          "",
          "~",
          "null",
          "true",
          "no",
          "[a, b]",
          "[]",
          "{x: 1}",
          "{}",
          "\"\"",
          "\"text\"",
          "12.5",
          "-1",
          "0",
          "2024-13-45",
          "2024-02-30",
          "0x1F",
          "1e400",
          ".nan",
          "!!binary aGk=",
          "&anchor value",
          "*anchor",
          "|\n  a block\n  of text",
          ">-\n  folded",
          "\"javascript:alert(1)\"",
          "\"JaVaScRiPt:alert(1)\"",
          "\" javascript:alert(1)\"",
          "\"java\\tscript:alert(1)\"",
          "\"&#106;avascript:alert(1)\"",
          "\"vbscript:msgbox(1)\"",
          "\"data:text/html;base64,PHNjcmlwdD4=\"",
          "\"https://example.org/a\\\" onmouseover=\\\"x\"",
          "\"https://example.org/</script><script>alert(1)</script>\"",
          "\"//evil.example/\"",
          "\"../../etc/passwd\"",
          "\"\\u202Eevil\"",
          "\"\\0nul\"",
          "\"{{fact:people_count}}\"",
          "\"<b>bold</b>\"");

  /** Numbers in place of a number: tiny, huge, negative, many decimals. */
  static final List<String> NUMBERS =
      List.of(
          "0",
          "-0",
          "0.0000001",
          "-0.0000001",
          "0.0004999",
          "1.0000001",
          "0.00000000000000000000000000000000000000000000000001",
          "123456789012345678901234567890123456789012345678901234567890",
          "-757008",
          "99999999999999999999.5",
          "1234567890123456789",
          "0.1",
          "2147483648",
          "9223372036854775808",
          "1_000",
          "1,000",
          "1e5",
          "07",
          "+5");

  /** New names for an id. */
  static final List<String> IDS =
      List.of(
          "renamed_id",
          "Renamed",
          "a-b",
          "fact\u200b_one",
          "x".repeat(300),
          "1st",
          "f\u00e4ct",
          "id with space",
          "a/../b",
          "..",
          "con",
          "\u202Eevil",
          "index");

  /**
   * Text inserted anywhere: bidi and invisible characters, combining marks, astral characters,
   * controls, line separators, markup and references. {@link #RAW_BYTES} are bytes, not text.
   */
  static final List<String> TEXTS =
      List.of(
          "\u202E",
          "\u202Dx\u202C",
          "\u2066",
          "\u200B",
          "\u200D",
          "\uFEFF",
          "\u00A0",
          "e\u0301\u0301\u0301",
          "\uD83D\uDE00",
          "\uD808\uDC00",
          "\u0000",
          "\u0007",
          "\u001B[31m",
          "\r",
          "\r\n",
          "\u2028",
          "\u0085",
          "\t",
          "{fact:people_count}",
          "{{ fact:people_count }}",
          "{{fact people_count}}",
          "{{fact:",
          "}}",
          "{{chart:",
          "{{raw:",
          "[x](javascript:alert(1))",
          "[x](&#106;avascript:alert(1))",
          "[x](java&#x09;script:alert(1))",
          "[x](<javascript:alert(1)>)",
          "<javascript:alert(1)>",
          "![i](data:image/svg+xml;base64,PHN2Zz4=)",
          "[r]: vbscript:msgbox(1)\n\n[y][r]",
          "<a href=\"javascript:alert(1)\">x</a>",
          "<script>alert(1)</script>",
          "<img src=x onerror=alert(1)>",
          "`",
          "```",
          "---",
          "\n---\n",
          "[^1]",
          "[^1]: note",
          "| a | b |\n|---|---|\n| 1 | 2 |",
          "1234567",
          "&amp;",
          "&#0;",
          "\\");

  /** Raw bytes that are not UTF-8: a lone continuation, overlong, surrogate, truncated, FF. */
  static final List<String> RAW_BYTES =
      List.of("\u0080", "\u00C0\u00AF", "\u00ED\u00A0\u0080", "\u00E2\u0082", "\u00FF", "\u00FE");
}
