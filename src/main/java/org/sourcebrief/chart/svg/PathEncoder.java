package org.sourcebrief.chart.svg;

import java.awt.Shape;
import java.awt.geom.PathIterator;

/**
 * Writes shapes as short SVG path data: coordinates rounded to tenths of a pixel, relative
 * commands, no repeated command letters, no separators the grammar does not need. Rounding happens
 * on absolute positions before differences are taken, so errors never accumulate along a path.
 * Several shapes can go into one path; each continues from where the last one ended.
 */
final class PathEncoder {

  private final StringBuilder out = new StringBuilder();
  private final boolean stroked;
  private long curX;
  private long curY;
  private long startX;
  private long startY;
  private boolean started;
  private boolean subpathOpen;
  private char lastCommand;
  private boolean lastWasNumber;
  private boolean lastHadPoint;
  private long[] pendingLine;

  /**
   * @param stroked true for outlines drawn with a stroke: a subpath that starts where the last one
   *     ended is joined to it, which draws the same line with proper joins
   */
  PathEncoder(boolean stroked) {
    this.stroked = stroked;
  }

  void append(Shape shape) {
    double[] c = new double[6];
    for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
      int type = it.currentSegment(c);
      if (type == PathIterator.SEG_CLOSE) {
        close();
        continue;
      }
      flushPending();
      switch (type) {
        case PathIterator.SEG_MOVETO -> moveTo(tenths(c[0]), tenths(c[1]));
        case PathIterator.SEG_LINETO -> pendingLine = new long[] {tenths(c[0]), tenths(c[1])};
        case PathIterator.SEG_QUADTO -> curve('q', c, 2);
        case PathIterator.SEG_CUBICTO -> curve('c', c, 3);
        default -> throw new IllegalStateException("unknown path segment " + type);
      }
    }
    flushPending();
  }

  boolean isEmpty() {
    return out.length() == 0;
  }

  @Override
  public String toString() {
    return out.toString();
  }

  private void moveTo(long x, long y) {
    if (stroked && subpathOpen && x == curX && y == curY) {
      return; // continues the open subpath
    }
    if (!started) {
      command('M');
      number(x);
      number(y);
      started = true;
    } else {
      command('m');
      number(x - curX);
      number(y - curY);
    }
    curX = startX = x;
    curY = startY = y;
    subpathOpen = true;
  }

  private void close() {
    // A line back to the start is drawn by the close itself.
    if (pendingLine != null && !(pendingLine[0] == startX && pendingLine[1] == startY)) {
      flushPending();
    }
    pendingLine = null;
    command('z');
    curX = startX;
    curY = startY;
    subpathOpen = false;
  }

  private void flushPending() {
    if (pendingLine == null) {
      return;
    }
    long dx = pendingLine[0] - curX;
    long dy = pendingLine[1] - curY;
    pendingLine = null;
    if (dx == 0 && dy == 0 && !stroked) {
      return;
    }
    if (dy == 0) {
      command('h');
      number(dx);
    } else if (dx == 0) {
      command('v');
      number(dy);
    } else {
      command('l');
      number(dx);
      number(dy);
    }
    curX += dx;
    curY += dy;
  }

  private void curve(char letter, double[] c, int points) {
    long[] xy = new long[points * 2];
    boolean moves = false;
    for (int i = 0; i < xy.length; i += 2) {
      xy[i] = tenths(c[i]);
      xy[i + 1] = tenths(c[i + 1]);
      moves |= xy[i] != curX || xy[i + 1] != curY;
    }
    if (!moves) {
      return;
    }
    command(letter);
    for (int i = 0; i < xy.length; i += 2) {
      number(xy[i] - curX);
      number(xy[i + 1] - curY);
    }
    curX = xy[xy.length - 2];
    curY = xy[xy.length - 1];
  }

  private void command(char letter) {
    boolean implicit =
        (letter == lastCommand && "hvlqc".indexOf(letter) >= 0)
            || (letter == 'l' && lastCommand == 'm');
    if (!implicit) {
      out.append(letter);
      lastWasNumber = false;
    }
    lastCommand = letter;
  }

  private void number(long tenths) {
    String s = format(tenths);
    boolean needsSeparator =
        lastWasNumber && !(s.charAt(0) == '-' || (s.charAt(0) == '.' && lastHadPoint));
    if (needsSeparator) {
      out.append(' ');
    }
    out.append(s);
    lastWasNumber = true;
    lastHadPoint = s.indexOf('.') >= 0;
  }

  static long tenths(double v) {
    return Math.round(v * 10);
  }

  /** 15 → "1.5", -5 → "-.5", 20 → "2". */
  static String format(long tenths) {
    long abs = Math.abs(tenths);
    String sign = tenths < 0 ? "-" : "";
    long whole = abs / 10;
    long frac = abs % 10;
    if (frac == 0) {
      return sign + whole;
    }
    return sign + (whole == 0 ? "" : Long.toString(whole)) + "." + frac;
  }
}
