package org.sourcebrief.content;

import org.sourcebrief.diag.SourcePosition;

/**
 * A derive formula as written, with the position of its first character, so an error inside it can
 * point at the exact id or operator.
 */
public record Formula(String text, SourcePosition start) {
  public SourcePosition positionAt(int index) {
    int cps = text.codePointCount(0, Math.min(Math.max(index, 0), text.length()));
    return new SourcePosition(start.file(), start.line(), start.column() + cps);
  }
}
