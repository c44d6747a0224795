package org.sourcebrief.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticPrinterTest {
  private final SourceTexts texts = new SourceTexts();
  private final DiagnosticPrinter printer = new DiagnosticPrinter(texts);

  private static Diagnostic warning(String file, int line, int column, String message) {
    return new Diagnostic(
        Severity.WARNING,
        "naked-number",
        message,
        new SourcePosition(file, line, column),
        "cite it");
  }

  /** The character the caret points at, read from the two excerpt lines. */
  private static String underCaret(String excerpt) {
    String[] lines = excerpt.split("\n");
    int caret = lines[1].indexOf('^');
    int start = lines[0].offsetByCodePoints(0, caret); // the caret line is ASCII: chars = columns
    return new String(Character.toChars(lines[0].codePointAt(start)));
  }

  @Test
  void noticesOfOneCodeAcrossManyFilesAreCountedAfterTheFirstFifty() {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      String file = String.format("facts/f%03d.yaml", i);
      all.add(
          new Diagnostic(
              Severity.NOTICE, "fact-stale", "stale", new SourcePosition(file, 1, 1), "update"));
      all.add(warning(file, 2, 1, "typed"));
    }
    String out = printer.format(all, false);
    assertEquals(
        DiagnosticPrinter.NOTICES_PER_CODE, out.split("notice\\[fact-stale\\]: ", -1).length - 1);
    assertEquals(120, out.split("warning\\[naked-number\\]", -1).length - 1, "warnings all shown");
    assertTrue(
        out.endsWith(
            "70 more notice[fact-stale] not shown (only the first 50 of each are printed;"
                + " --verbose prints them all)\n"),
        out.substring(out.length() - 200));
    String verbose = printer.format(all, true);
    assertEquals(120, verbose.split("notice\\[fact-stale\\]: ", -1).length - 1);
  }

  @Test
  void aShortLineIsShownWhole() {
    texts.put("a.md", "From 2023, 757008 people left.");
    String out = printer.format(warning("a.md", 1, 12, "the number '757008' is typed"));
    assertEquals(
        "a.md:1:12: warning[naked-number]: the number '757008' is typed\n"
            + "    1 | From 2023, 757008 people left.\n"
            + "      |            ^\n"
            + "  hint: cite it\n",
        out);
  }

  @Test
  void aLongLineIsClippedAroundTheColumnWithTheCaretOnTheRightCharacter() {
    String line = "x ".repeat(3000) + "7 " + "y ".repeat(3000);
    texts.put("a.md", line);
    String excerpt = printer.excerpt(new SourcePosition("a.md", 1, 6001));
    String shown = excerpt.split("\n")[0];
    assertTrue(shown.startsWith("    1 | …"), shown);
    assertTrue(shown.endsWith("…"), shown);
    assertTrue(shown.length() < DiagnosticPrinter.EXCERPT_WIDTH + 20, shown);
    assertEquals("7", underCaret(excerpt));
  }

  @Test
  void theCaretCountsCodePointsAndEscapes() {
    texts.put("a.md", "\uD835\uDC00\u202E ab \t7 " + "z".repeat(200));
    String excerpt = printer.excerpt(new SourcePosition("a.md", 1, 8));
    assertEquals("7", underCaret(excerpt));
    assertTrue(excerpt.contains("<U+202E>"), excerpt);
    assertFalse(excerpt.contains("\u202E"), excerpt);
  }

  @Test
  void theCaretCanSitAtTheEndOfALongLine() {
    texts.put("a.md", "w".repeat(500));
    String excerpt = printer.excerpt(new SourcePosition("a.md", 1, 501));
    String[] lines = excerpt.split("\n");
    assertEquals(lines[0].length(), lines[1].indexOf('^'));
  }

  @Test
  void bidiAndControlCharactersInMessagesAndFileNamesAreEscaped() {
    Diagnostic d =
        new Diagnostic(
            Severity.ERROR,
            "unknown-fact",
            "there is no fact 'fact\u200B_one' \u202Eevil\u0007",
            new SourcePosition("content/\u2066x.md", 0, 0),
            "did you mean \u200Ffact_one?");
    String out = printer.format(d);
    assertEquals(
        "content/<U+2066>x.md: error[unknown-fact]: there is no fact 'fact<U+200B>_one'"
            + " <U+202E>evil<U+0007>\n"
            + "  hint: did you mean <U+200F>fact_one?\n",
        out);
  }

  @Test
  void persianJoinersAndRightToLeftLettersArePrintedAsTheyAre() {
    assertEquals("می\u200Cخواهم پاکستان", PrintableText.escape("می\u200Cخواهم پاکستان"));
  }

  @Test
  void onlyTheFirstTwentyOfOneKindPerFileArePrintedAndTheRestCounted() {
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 1; i <= 50; i++) all.add(warning("a.md", i, 1, "n" + i));
    all.add(
        new Diagnostic(
            Severity.ERROR, "unknown-fact", "u", new SourcePosition("a.md", 60, 1), null));
    for (int i = 1; i <= 3; i++) all.add(warning("b.md", i, 1, "m" + i));
    String out = printer.format(all);
    assertTrue(out.contains("warning[naked-number]: n20\n"), out);
    assertFalse(out.contains("n21"), out);
    assertTrue(out.contains("error[unknown-fact]: u\n"), out);
    assertTrue(
        out.contains(
            "a.md: 30 more warning[naked-number] in this file, not shown"
                + " (only the first 20 of each kind are printed)\n"),
        out);
    assertTrue(out.indexOf("30 more") < out.indexOf("b.md:1:1"), out);
    assertTrue(out.endsWith("warning[naked-number]: m3\n  hint: cite it\n"), out);
  }

  @Test
  void noticesAreOneLineUnlessVerbose() {
    texts.put("f.yaml", "- id: old_fact");
    Diagnostic n =
        new Diagnostic(
            Severity.NOTICE,
            "fact-stale",
            "fact 'old_fact' is dated 2020",
            new SourcePosition("f.yaml", 1, 7),
            "check for newer figures");
    assertEquals(
        "f.yaml:1:7: notice[fact-stale]: fact 'old_fact' is dated 2020\n",
        printer.format(List.of(n)));
    assertEquals(printer.format(n), printer.format(List.of(n), true));
    assertTrue(printer.format(n).contains("  hint: check for newer figures\n"));
  }

  @Test
  void manyNumbersOnOneLinePrintABoundedAmount() {
    StringBuilder line = new StringBuilder();
    List<Diagnostic> all = new ArrayList<>();
    for (int i = 0; i < 300_000; i++) {
      all.add(warning("a.md", 1, line.length() + 1, "the number '5' is typed"));
      line.append("5 ");
    }
    texts.put("a.md", line.toString());
    String out = printer.format(all);
    assertTrue(out.length() < 20 * 400, () -> "printed " + out.length() + " characters");
    assertTrue(out.contains("299980 more warning[naked-number]"), out);
  }
}
