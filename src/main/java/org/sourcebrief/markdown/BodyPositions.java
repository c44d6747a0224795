package org.sourcebrief.markdown;

import java.util.Arrays;
import org.sourcebrief.diag.SourcePosition;

/** Maps a character offset in a narrative's Markdown body back to its file, line and column. */
final class BodyPositions {
  private final String file;
  private final String body;
  private final int firstLine;

  /** The offset at which each line starts, found once, so each lookup is a binary search. */
  private final int[] lineStarts;

  BodyPositions(String file, String body, int firstLine) {
    this.file = file;
    this.body = body;
    this.firstLine = firstLine;
    this.lineStarts = lineStarts(body);
  }

  private static int[] lineStarts(String body) {
    int[] starts = new int[16];
    int n = 1;
    for (int i = 0; i < body.length(); i++) {
      if (body.charAt(i) != '\n') continue;
      if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
      starts[n++] = i + 1;
    }
    return Arrays.copyOf(starts, n);
  }

  SourcePosition at(int offset) {
    int o = Math.max(0, Math.min(offset, body.length()));
    int i = Arrays.binarySearch(lineStarts, o);
    int line = i >= 0 ? i : -i - 2;
    return new SourcePosition(file, firstLine + line, body.codePointCount(lineStarts[line], o) + 1);
  }
}
