package org.sourcebrief.lint;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.function.IntFunction;
import java.util.regex.Pattern;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * The naked-number lint (PRODUCT.md §4, rule 3): a number typed into narrative prose instead of
 * taken from a fact is a warning, {@code naked-number}, at the number's own file:line:col.
 *
 * <p>What is read: the text of paragraphs, headings, table cells, list items, quotations and
 * footnote texts, link text and image descriptions. Not read: code spans and blocks, link
 * addresses, raw HTML, footnote markers, and whatever a {@code {{…}}} reference produces.
 *
 * <p>A figure is
 *
 * <ul>
 *   <li>any number written with digits, "5", "757,008", "3.2", with what belongs to it: "3.2
 *       million", "1.3 lakh", "24m", "3bn", "80%", "80 per cent", "$5", "US$ 5", "PKR 10,000", "500
 *       rupees";
 *   <li>a spelled-out number with a scale word: "two million", "three thousand", "half a million",
 *       "a quarter of a million", "one and a half million", "a hundred";
 *   <li>a spelled-out percentage or ratio: "eighty percent", "one in five", "nine out of ten".
 * </ul>
 *
 * <p>Not a figure (unless it carries %, a scale word or a currency, which always make a figure):
 *
 * <ul>
 *   <li>a year, four digits from 1800 to 2099 ("in 2024"; in Persian or Arabic digits also
 *       1300–1499, Solar Hijri years such as "۱۴۰۳"), a year range ("2023–24", "2023/2024"), a
 *       decade ("1990s"), a day next to a month ("31 Oct 2024", "October 31"), a numeric date or
 *       clock time ("2024-11-15", "15/11/2024", "10:30", "9 am");
 *   <li>ordinals ("1st", "21st"; "first", "second" are words);
 *   <li>digits glued to a word or name ("COVID-19", "G7", "UN1325", "4G", "3D") or after "#";
 *   <li>a label's number: "Resolution 2231", "Article 51", "page 5", "No. 3";
 *   <li>a heading's own section number ("## 2. The crackdown", "## 3.1 Method");
 *   <li>spelled-out numbers without a scale word ("one of the", "two sides", "a single"), and vague
 *       plurals ("millions of", "hundreds of thousands", "decades").
 * </ul>
 *
 * Known gaps: a bare "2000 people" reads as a year ("2,000 people" is caught); fractions in words
 * ("half of", "a third of") are not figures; "24/7" is reported as two numbers.
 *
 * <p>{@code {{raw:…}}} silences one occurrence; a {@code lint.allow} pattern silences every number
 * inside one of its matches, matched against the block's text as the reader sees it.
 */
public final class NakedNumberLint {
  static final String HINT =
      "cite it as a fact with {{fact:id}}, or write {{raw:…}} if it is not a figure";

  private final List<Pattern> allow;
  private final IntFunction<SourcePosition> positions;
  private final Diagnostics diagnostics;

  private NakedNumberLint(
      List<Pattern> allow, IntFunction<SourcePosition> positions, Diagnostics diagnostics) {
    this.allow = allow;
    this.positions = positions;
    this.diagnostics = diagnostics;
  }

  /**
   * Reports every naked number in a parsed narrative; {@code allow} holds lint.allow patterns and
   * {@code positions} maps an offset in the Markdown body to its file:line:col.
   */
  public static void check(
      Node document,
      List<String> allow,
      IntFunction<SourcePosition> positions,
      Diagnostics diagnostics) {
    List<Pattern> patterns = allow.stream().map(Pattern::compile).toList();
    new NakedNumberLint(patterns, positions, diagnostics).blocks(document);
  }

  private void blocks(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph || n instanceof TableCell) prose(n, false);
      else if (n instanceof Heading) prose(n, true);
      else if (!isNotProse(n)) blocks(n);
    }
  }

  // A chart block that stands for a {{chart:id}} line has no children, so it is never read.
  private static boolean isNotProse(Node n) {
    return n instanceof FencedCodeBlock
        || n instanceof IndentedCodeBlock
        || n instanceof HtmlBlockBase
        || n instanceof Reference
        || n instanceof TableSeparator;
  }

  private void prose(Node block, boolean heading) {
    NakedNumberText prose = NakedNumberText.of(block);
    List<NakedNumberFinder.Found> found = NakedNumberFinder.find(prose.text(), heading);
    if (found.isEmpty()) return;
    NakedNumberRanges allowed =
        allow.isEmpty() ? NakedNumberRanges.NONE : NakedNumberRanges.matches(allow, prose.text());
    for (NakedNumberFinder.Found f : found) {
      if (allowed.contains(f.coreStart(), f.coreEnd())) continue;
      String quote = prose.text().substring(f.start(), f.end());
      diagnostics.warning(
          "naked-number",
          positions.apply(prose.offsets()[f.start()]),
          "the number '" + quote + "' is typed into the text, not taken from a fact",
          HINT);
    }
  }
}
