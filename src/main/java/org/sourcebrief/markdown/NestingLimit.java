package org.sourcebrief.markdown;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;

/**
 * Finds where quotations and lists nest deeper than any real page does, before flexmark sees the
 * text: its parser and renderer go one call deeper per level, so a thousand levels would exhaust
 * the stack. A cheap scan of the markers at the start of each line is enough.
 */
final class NestingLimit {
  /** Quotations and lists nested deeper than this on one line are refused. */
  static final int MAX_DEPTH = 50;

  /**
   * Blocks nested deeper than this in the parsed page are refused, however they are spread over
   * lines: browsers flatten a document more than 513 elements deep, and the page adds its own.
   */
  static final int MAX_TREE_DEPTH = 100;

  private NestingLimit() {}

  /** The first node of {@code doc} nested deeper than {@link #MAX_TREE_DEPTH}, or null. */
  static Node tooDeep(Document doc) {
    Node n = doc.getFirstChild();
    int depth = 1;
    while (n != null) {
      if (depth > MAX_TREE_DEPTH) return n;
      if (n.getFirstChild() != null) {
        n = n.getFirstChild();
        depth++;
        continue;
      }
      while (n.getNext() == null) {
        n = n.getParent();
        depth--;
        if (n == null || n == doc) return null;
      }
      n = n.getNext();
    }
    return null;
  }

  /** The offset of the first marker one level too deep, or -1 when the body is within the limit. */
  static int tooDeep(String body) {
    int start = 0;
    while (start < body.length()) {
      int end = body.indexOf('\n', start);
      if (end < 0) end = body.length();
      int at = tooDeep(body, start, end);
      if (at >= 0) return at;
      start = end + 1;
    }
    return -1;
  }

  private static int tooDeep(String s, int start, int end) {
    int depth = 0;
    int i = start;
    while (i < end) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\t') {
        i++;
        continue;
      }
      int after = afterMarker(s, i, end);
      if (after < 0) return -1;
      if (++depth > MAX_DEPTH) return i;
      i = after;
    }
    return -1;
  }

  /** The index after a {@code >}, or a list marker followed by a space; -1 if none starts here. */
  private static int afterMarker(String s, int i, int end) {
    char c = s.charAt(i);
    if (c == '>') return i + 1;
    int j = i;
    if (c == '-' || c == '+' || c == '*') {
      j++;
    } else {
      while (j < end && j - i < 9 && s.charAt(j) >= '0' && s.charAt(j) <= '9') j++;
      if (j == i || j >= end || (s.charAt(j) != '.' && s.charAt(j) != ')')) return -1;
      j++;
    }
    return j < end && (s.charAt(j) == ' ' || s.charAt(j) == '\t') ? j : -1;
  }
}
