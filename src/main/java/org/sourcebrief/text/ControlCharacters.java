package org.sourcebrief.text;

import java.util.Locale;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * Characters that content may not hold: the C0 and C1 control characters, other than tab and the
 * line breaks that end a line, and the code points XML forbids (U+FFFE, U+FFFF, half a surrogate
 * pair). They are invisible in an editor and on a page, and a single one makes the feed and the
 * sitemap unreadable to every feed reader, so each is reported where it is written instead of
 * published.
 */
public final class ControlCharacters {
  private static final String HINT_RAW =
      "delete it: it is invisible in most editors and often comes with text copied from a PDF"
          + " or a word processor";

  private ControlCharacters() {}

  /** Whether {@code c} is refused in content text; tab and the line breaks are not. */
  public static boolean refused(int c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\r'
        || c >= 0x7F && c <= 0x9F
        || c == 0xFFFE
        || c == 0xFFFF
        || c >= 0xD800 && c <= 0xDFFF;
  }

  /** "U+0001": how a message names a character that cannot be shown. */
  public static String name(int c) {
    return String.format(Locale.ROOT, "U+%04X", c);
  }

  /**
   * Reports every refused character of a file's text at its line and column, and gives the text
   * with each one replaced by U+FFFD, so that the file can still be read for its other mistakes.
   */
  public static String checkText(String file, String text, Diagnostics diagnostics) {
    if (text.codePoints().noneMatch(ControlCharacters::refused)) return text;
    StringBuilder out = new StringBuilder(text.length());
    int line = 1;
    int column = 1;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (refused(c)) {
        diagnostics.error(
            "control-character",
            new SourcePosition(file, line, column),
            "this line holds the control character " + name(c) + ", which a page cannot show",
            HINT_RAW);
        out.append('\uFFFD');
      } else {
        out.appendCodePoint(c);
      }
      boolean crlf = c == '\r' && i < text.length() && text.charAt(i) == '\n';
      if ((c == '\n' || c == '\r') && !crlf) {
        line++;
        column = 1;
      } else if (!crlf) {
        column++;
      }
    }
    return out.toString();
  }

  /**
   * The text with every refused character (all that XML 1.0 forbids among them) replaced by U+FFFD:
   * the feed and the sitemap pass through this, so they stay well-formed whatever a template holds.
   */
  public static String xmlSafe(String text) {
    if (text.codePoints().noneMatch(ControlCharacters::refused)) return text;
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            c -> {
              if (refused(c)) out.append('\uFFFD');
              else out.appendCodePoint(c);
            });
    return out.toString();
  }
}
