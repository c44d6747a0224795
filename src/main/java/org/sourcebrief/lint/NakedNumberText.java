package org.sourcebrief.lint;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.WhiteSpace;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.Arrays;

/**
 * The prose of one block as the reader sees it, with the body offset of every character. Link and
 * emphasis text is kept; what is not prose (references, code spans, autolinks, inline HTML,
 * footnote markers) becomes one {@link #OTHER} character, so it parts the words around it.
 */
record NakedNumberText(String text, int[] offsets) {
  static final char OTHER = '\uFFFC';

  static NakedNumberText of(Node block) {
    Builder b = new Builder();
    b.children(block);
    return new NakedNumberText(b.text.toString(), Arrays.copyOf(b.offsets, b.text.length()));
  }

  private static final class Builder {
    final StringBuilder text = new StringBuilder();
    int[] offsets = new int[64];

    void children(Node parent) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) node(n);
    }

    void node(Node n) {
      if (n instanceof Text) {
        text(n.getChars());
      } else if (n instanceof SoftLineBreak
          || n instanceof HardLineBreak
          || n instanceof WhiteSpace) {
        append(' ', n.getStartOffset());
      } else if (n instanceof HtmlEntity) {
        String decoded = Escaping.unescapeString(n.getChars());
        for (int i = 0; i < decoded.length(); i++) append(decoded.charAt(i), n.getStartOffset());
      } else if (n instanceof Code
          || n instanceof AutoLink
          || n instanceof MailLink
          || n instanceof HtmlInlineBase
          || n instanceof Footnote
          || !n.hasChildren()) { // a {{…}} reference is a node without children
        append(OTHER, n.getStartOffset());
      } else {
        children(n); // emphasis, link text, image description…
      }
    }

    /** Text as written, less the backslash of an escape ("1\.5" reads "1.5"). */
    void text(BasedSequence chars) {
      String s = chars.toString();
      boolean contiguous = chars.getEndOffset() - chars.getStartOffset() == s.length();
      for (int i = 0; i < s.length(); i++) {
        if (s.charAt(i) == '\\' && i + 1 < s.length() && isAsciiPunctuation(s.charAt(i + 1))) i++;
        append(s.charAt(i), contiguous ? chars.getStartOffset() + i : chars.getIndexOffset(i));
      }
    }

    void append(char c, int offset) {
      if (text.length() == offsets.length) offsets = Arrays.copyOf(offsets, offsets.length * 2);
      offsets[text.length()] = offset;
      text.append(c);
    }

    private static boolean isAsciiPunctuation(char c) {
      return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
    }
  }
}
