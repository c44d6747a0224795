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
