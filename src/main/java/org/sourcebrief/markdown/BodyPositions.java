package org.sourcebrief.markdown;

import org.sourcebrief.diag.SourcePosition;

/** Maps a character offset in a narrative's Markdown body back to its file, line and column. */
final class BodyPositions {
  private final String file;
  private final String body;
  private final int firstLine;

  BodyPositions(String file, String body, int firstLine) {
    this.file = file;
    this.body = body;
    this.firstLine = firstLine;
  }

  SourcePosition at(int offset) {
    int o = Math.max(0, Math.min(offset, body.length()));
    int line = 0;
    int lineStart = 0;
    for (int i = 0; i < o; i++) {
      if (body.charAt(i) == '\n') {
        line++;
        lineStart = i + 1;
      }
    }
    return new SourcePosition(file, firstLine + line, body.codePointCount(lineStart, o) + 1);
  }
}
