package org.sourcebrief.diag;

/**
 * A place in a content file: its path as the user knows it (relative to the working directory, with
 * forward slashes) and a 1-based line and column counted in Unicode code points.
 */
public record SourcePosition(String file, int line, int column)
    implements Comparable<SourcePosition> {

  /** A position that names a file but no line, for problems with a file as a whole. */
  public static SourcePosition ofFile(String file) {
    return new SourcePosition(file, 0, 0);
  }

  public boolean hasLine() {
    return line > 0;
  }

  @Override
  public int compareTo(SourcePosition o) {
    int c = file.compareTo(o.file);
    if (c != 0) return c;
    c = Integer.compare(line, o.line);
    return c != 0 ? c : Integer.compare(column, o.column);
  }

  @Override
  public String toString() {
    return hasLine() ? file + ":" + line + ":" + column : file;
  }
}
