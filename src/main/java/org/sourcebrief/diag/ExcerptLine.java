package org.sourcebrief.diag;

/**
 * One source line as an excerpt shows it: tabs as spaces, hidden characters escaped, and a line too
 * long for a terminal clipped to a window around the column, marked with "…" where it was cut.
 * {@code caret} is how many code points of {@code text} come before the character the column names,
 * so the caret lands under it.
 */
record ExcerptLine(String text, int caret) {

  static ExcerptLine of(String line, int column) {
    int[] cps = line.codePoints().toArray();
    int at = Math.max(0, Math.min(column - 1, cps.length));
    int from = 0;
    int to = cps.length;
    if (cps.length > DiagnosticPrinter.EXCERPT_WIDTH) {
      from = Math.max(0, at - DiagnosticPrinter.BEFORE_COLUMN);
      to = Math.min(cps.length, from + DiagnosticPrinter.EXCERPT_WIDTH);
      from = Math.max(0, to - DiagnosticPrinter.EXCERPT_WIDTH);
    }
    StringBuilder text = new StringBuilder();
    int shown = 0;
    int caret = -1;
    if (from > 0) {
      text.append('…');
      shown++;
    }
    for (int i = from; i < to; i++) {
      if (i == at) caret = shown;
      shown += PrintableText.appendEscaped(text, cps[i] == '\t' ? ' ' : cps[i]);
    }
    if (caret < 0) caret = shown;
    if (to < cps.length) text.append('…');
    return new ExcerptLine(text.toString(), caret);
  }
}
