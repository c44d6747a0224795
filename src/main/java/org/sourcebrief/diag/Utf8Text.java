package org.sourcebrief.diag;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a content file's bytes into text. Content is UTF-8; a file that is not (saved by an old
 * editor in Windows-1252, say) is reported at its first bad byte, and then read on with each bad
 * byte shown as U+FFFD, so the rest of the file is still checked in the same run.
 */
public final class Utf8Text {
  private Utf8Text() {}

  /** The text of {@code bytes}, read from {@code file} (the name shown to the user). */
  public static String decode(String file, byte[] bytes, Diagnostics diagnostics) {
    String wide = wideEncoding(bytes);
    if (wide != null) {
      // Read as UTF-8, such a file is a NUL byte after every letter: one clear error instead.
      diagnostics.error(
          "utf16-text",
          new SourcePosition(file, 1, 1),
          "this file is saved as " + wide + " text, not UTF-8, so nothing in it was read",
          "save it again with UTF-8 encoding (most editors offer it under Save As or Encoding)");
      return "";
    }
    CharsetDecoder strict =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    CoderResult result = strict.decode(in, out, true);
    if (!result.isError()) result = strict.flush(out);
    if (!result.isError()) return out.flip().toString();
    String before = out.flip().toString();
    diagnostics.error(
        "invalid-utf8",
        positionAfter(file, before),
        "this file is not valid UTF-8 text: "
            + describe(bytes, in.position(), result.length())
            + " is not part of any character",
        "save the file with UTF-8 encoding (most editors offer it under Save As or Encoding), "
            + "then retype the character shown as \uFFFD");
    return new String(bytes, StandardCharsets.UTF_8);
  }

  /**
   * "UTF-16" or "UTF-32" when the bytes are text in one of those, by its byte-order mark or,
   * without one, by a zero byte beside each of the first letters; null otherwise.
   */
  static String wideEncoding(byte[] b) {
    if (startsWith(b, 0x00, 0x00, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE, 0x00, 0x00))
      return "UTF-32";
    if (startsWith(b, 0xFE, 0xFF) || startsWith(b, 0xFF, 0xFE)) return "UTF-16";
    int pairs = Math.min(b.length / 2, 16);
    if (pairs < 4) return null;
    int evenZero = 0;
    int oddZero = 0;
    for (int i = 0; i < pairs; i++) {
      if (b[2 * i] == 0 && b[2 * i + 1] != 0) evenZero++;
      if (b[2 * i + 1] == 0 && b[2 * i] != 0) oddZero++;
    }
    return evenZero == pairs || oddZero == pairs ? "UTF-16" : null;
  }

  private static boolean startsWith(byte[] b, int... prefix) {
    if (b.length < prefix.length) return false;
    for (int i = 0; i < prefix.length; i++) if ((b[i] & 0xFF) != prefix[i]) return false;
    return true;
  }

  /** The 1-based line and column just after {@code text}, counting as {@link String#lines}. */
  private static SourcePosition positionAfter(String file, String text) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean crlf = c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n';
      if (crlf) i++;
      if (c == '\n' || c == '\r') {
        line++;
        lineStart = i + 1;
      }
    }
    int column = text.codePointCount(lineStart, text.length()) + 1;
    return new SourcePosition(file, line, column);
  }

  private static String describe(byte[] bytes, int at, int length) {
    StringBuilder s = new StringBuilder(length == 1 ? "the byte" : "the bytes");
    for (int i = at; i < at + length && i < bytes.length; i++) {
      s.append(String.format(java.util.Locale.ROOT, " 0x%02X", bytes[i] & 0xFF));
    }
    return s.toString();
  }
}
