package org.sourcebrief.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A failed build: its output folder untouched, at least one error printed, and every {@code
 * file:line:col} naming a file of the site with the line and column inside it. A line may be
 * counted by LF alone or by every Unicode line break, since YAML counts CR, NEL and LS as breaks
 * and a text editor may not.
 */
final class FailedBuilds {
  private static final Pattern HEADER =
      Pattern.compile(
          "(?m)^(?<file>[^\\s:][^:\\n]*?)(?::(?<line>\\d+):(?<col>\\d+))?:"
              + " (?:error|warning|notice)\\[[a-z0-9-]+\\]: ");
  private static final Pattern ERROR = Pattern.compile("(?m)(?:^|: )error\\[[a-z0-9-]+\\]: ");
  private static final String[] BREAKS = {"\n", "\r\n|\r|\n|\u0085|\u2028|\u2029"};

  private FailedBuilds() {}

  static List<Violation> check(Trial.Outcome o) {
    List<Violation> v = new ArrayList<>();
    if (!unchanged(o.previousOutput(), o.output())) {
      v.add(new Violation("failed build changed site-out/", Crashes.head(o.err())));
    }
    if (!ERROR.matcher(o.err()).find()) {
      v.add(new Violation("exit 1 without an error diagnostic", Crashes.head(o.err())));
    }
    Matcher m = HEADER.matcher(o.err());
    while (m.find()) {
      String file = m.group("file");
      byte[] bytes = o.content().get(file);
      if (bytes == null) {
        v.add(new Violation("diagnostic names a file the site lacks", m.group()));
      } else if (m.group("line") != null
          && !inside(bytes, Long.parseLong(m.group("line")), Long.parseLong(m.group("col")))) {
        v.add(new Violation("diagnostic position outside its file", m.group() + describe(bytes)));
      }
    }
    return v;
  }

  private static boolean inside(byte[] bytes, long line, long col) {
    // Bytes that are not UTF-8 may count one column each: the byte count (Latin-1) is allowed too.
    for (java.nio.charset.Charset cs :
        List.of(StandardCharsets.UTF_8, StandardCharsets.ISO_8859_1)) {
      String text = new String(bytes, cs);
      for (String breaks : BREAKS) {
        String[] lines = text.split(breaks, -1);
        if (line < 1 || line > lines.length) continue;
        String l = lines[(int) line - 1];
        if (col >= 1 && col <= l.codePointCount(0, l.length()) + 1) return true;
      }
    }
    return false;
  }

  private static String describe(byte[] bytes) {
    String text = new String(bytes, StandardCharsets.UTF_8);
    long lines = text.split("\n", -1).length;
    return " (the file has " + lines + " LF-separated lines, " + bytes.length + " bytes)";
  }

  /** Whether the output folder holds exactly what it held before, byte for byte. */
  private static boolean unchanged(Map<String, byte[]> before, Map<String, byte[]> after) {
    if (!before.keySet().equals(after.keySet())) return false;
    for (Map.Entry<String, byte[]> f : before.entrySet()) {
      if (!Arrays.equals(f.getValue(), after.get(f.getKey()))) return false;
    }
    return true;
  }
}
