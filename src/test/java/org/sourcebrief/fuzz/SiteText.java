package org.sourcebrief.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A site's content files as editable text in which each char is one byte (ISO-8859-1), so a
 * mutation can cut a UTF-8 sequence in half or insert bytes that are not UTF-8 at all, and still
 * use strings and regular expressions. Text meant as Unicode goes in through {@link #bytesOf}.
 */
final class SiteText {
  /** A line that holds a YAML key (in a data file or a front matter): {@code - id: x}. */
  static final Pattern KEY_LINE = Pattern.compile("^(\\s*(?:-\\s+)?[A-Za-z_][\\w-]*\\s*:)(.*)$");

  private static final Pattern ID_LINE = Pattern.compile("(?m)^\\s*-?\\s*id:\\s*([\\w.-]+)\\s*$");
  private static final Pattern TOP_KEY = Pattern.compile("(?m)^([a-z0-9][\\w.-]*):\\s*$");

  private final SortedMap<String, String> files = new TreeMap<>();

  SiteText(SortedMap<String, byte[]> bytes) {
    for (Map.Entry<String, byte[]> f : bytes.entrySet()) {
      files.put(f.getKey(), new String(f.getValue(), StandardCharsets.ISO_8859_1));
    }
  }

  /** Unicode text as it is inserted into a file: its UTF-8 bytes, one char each. */
  static String bytesOf(String unicode) {
    return new String(unicode.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  SortedMap<String, byte[]> toBytes() {
    SortedMap<String, byte[]> out = new TreeMap<>();
    files.forEach((k, v) -> out.put(k, v.getBytes(StandardCharsets.ISO_8859_1)));
    return out;
  }

  /** The path of the content file a mutation aims at, chosen by any number. */
  String file(int index) {
    List<String> paths = new ArrayList<>(files.keySet());
    return paths.get(Math.floorMod(index, paths.size()));
  }

  String get(String path) {
    return files.get(path);
  }

  void put(String path, String text) {
    files.put(path, text);
  }

  Iterable<String> paths() {
    return List.copyOf(files.keySet());
  }

  /** The lines of a file, without their line ends; a last empty element if it ends in one. */
  List<String> lines(String path) {
    return new ArrayList<>(Arrays.asList(files.get(path).split("\n", -1)));
  }

  void setLines(String path, List<String> lines) {
    files.put(path, String.join("\n", lines));
  }

  /** Indexes of the lines of a file that hold a key; every line if none does. */
  List<Integer> keyLines(String path) {
    List<String> lines = lines(path);
    List<Integer> keys = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      if (KEY_LINE.matcher(lines.get(i)).matches()) keys.add(i);
    }
    if (keys.isEmpty()) for (int i = 0; i < lines.size(); i++) keys.add(i);
    return keys;
  }

  /** Every id the site defines: fact and chart ids ({@code id: x}) and source ids, sorted. */
  List<String> ids() {
    java.util.SortedSet<String> ids = new java.util.TreeSet<>();
    for (Map.Entry<String, String> f : files.entrySet()) {
      collect(ID_LINE.matcher(f.getValue()), ids);
      if (f.getKey().contains("sources")) collect(TOP_KEY.matcher(f.getValue()), ids);
    }
    return new ArrayList<>(ids);
  }

  /** Replaces an id as a whole word (ids may hold '-' and '.'), in every file or the first hit. */
  void replaceId(String id, String replacement, boolean everywhere) {
    Pattern word = Pattern.compile("(?<![\\w.-])" + Pattern.quote(id) + "(?![\\w-]|\\.\\w)");
    String quoted = Matcher.quoteReplacement(replacement);
    for (String path : paths()) {
      Matcher m = word.matcher(files.get(path));
      if (everywhere) {
        files.put(path, m.replaceAll(quoted));
      } else if (m.find()) {
        files.put(path, m.replaceFirst(quoted));
        return;
      }
    }
  }

  private static void collect(Matcher m, java.util.SortedSet<String> into) {
    while (m.find()) into.add(m.group(1));
  }
}
