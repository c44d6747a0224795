package org.sourcebrief.diag;

import java.util.Locale;
import java.util.OptionalInt;

/**
 * Makes text from content files safe to print on a terminal and plain to read: control characters,
 * bidirectional controls and invisible characters are written as {@code <U+202E>}, so a
 * right-to-left override in a file cannot reverse the printed line and an id holding a zero-width
 * space no longer looks like a correct one. Letters of every script, and the joiners Persian and
 * Indic writing need (U+200C, U+200D), are printed as they are.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * The text with every character {@link #isHidden hidden} on a terminal written as {@code
   * <U+XXXX>}.
   */
  public static String escape(String text) {
    if (text == null || text.codePoints().noneMatch(PrintableText::isHidden)) return text;
    StringBuilder out = new StringBuilder(text.length() + 16);
    text.codePoints().forEach(cp -> appendEscaped(out, cp));
    return out.toString();
  }

  /** Appends one code point, escaped when hidden; returns how many code points were appended. */
  static int appendEscaped(StringBuilder out, int cp) {
    if (!isHidden(cp)) {
      out.appendCodePoint(cp);
      return 1;
    }
    String code = code(cp);
    out.append('<').append(code).append('>');
    return code.length() + 2;
  }

  /**
   * Control characters (C0, DEL, C1), line and paragraph separators, and the invisible format
   * characters that change how text is ordered or joined without showing: the bidirectional marks,
   * embeddings, overrides and isolates (U+061C, U+200E, U+200F, U+202A–U+202E, U+2066–U+2069), the
   * zero-width space, word joiner and invisible operators (U+200B, U+2060–U+2064), the byte order
   * mark (U+FEFF) and the interlinear annotation characters (U+FFF9–U+FFFB).
   */
  public static boolean isHidden(int cp) {
    return cp < 0x20
        || cp >= 0x7F && cp <= 0x9F
        || cp == 0x061C
        || cp == 0x200B
        || cp == 0x200E
        || cp == 0x200F
        || cp >= 0x2028 && cp <= 0x202E
        || cp >= 0x2060 && cp <= 0x2064
        || cp >= 0x2066 && cp <= 0x2069
        || cp == 0xFEFF
        || cp >= 0xFFF9 && cp <= 0xFFFB;
  }

  /**
   * The 0-based code-point index of the first character in {@code text} a reader cannot see (hidden
   * characters, any other format character, and spaces other than U+0020), if any.
   */
  public static OptionalInt firstInvisible(String text) {
    int[] cps = text.codePoints().toArray();
    for (int i = 0; i < cps.length; i++) {
      int type = Character.getType(cps[i]);
      if (isHidden(cps[i])
          || type == Character.FORMAT
          || type == Character.SPACE_SEPARATOR && cps[i] != ' ') {
        return OptionalInt.of(i);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * ": it holds U+200B ZERO WIDTH SPACE, a character you cannot see, at column 11" for an id whose
   * first character is at {@code firstColumn}; empty when every character shows.
   */
  public static String invisibleNote(String text, int firstColumn) {
    OptionalInt at = firstInvisible(text);
    if (at.isEmpty()) return "";
    int cp = text.codePointAt(text.offsetByCodePoints(0, at.getAsInt()));
    return ": it holds "
        + describe(cp)
        + ", a character you cannot see, at column "
        + (firstColumn + at.getAsInt());
  }

  /** "U+200B ZERO WIDTH SPACE": the character's code and its Unicode name. */
  public static String describe(int cp) {
    String name = Character.getName(cp);
    return name == null ? code(cp) : code(cp) + " " + name;
  }

  private static String code(int cp) {
    return "U+" + String.format(Locale.ROOT, "%04X", cp);
  }
}
