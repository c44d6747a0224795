package org.sourcebrief.fuzz;

import java.util.List;
import java.util.regex.Matcher;

/**
 * One change to a valid site. Every number in a mutation picks its target modulo what is there (the
 * file, the key line, the id), so any numbers make a valid mutation and jqwik can shrink them.
 */
sealed interface Mutation {
  void applyTo(SiteText site);

  /** Deletes a key line, e.g. a fact's {@code source:}. */
  record DeleteKey(int file, int key) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = site.file(file);
      List<String> lines = site.lines(path);
      List<Integer> keys = site.keyLines(path);
      lines.remove((int) keys.get(Math.floorMod(key, keys.size())));
      site.setLines(path, lines);
    }
  }

  /** Repeats a key line, as a duplicate key or (for {@code - id:}) as a new list item. */
  record DuplicateKey(int file, int key) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = site.file(file);
      List<String> lines = site.lines(path);
      List<Integer> keys = site.keyLines(path);
      int at = keys.get(Math.floorMod(key, keys.size()));
      lines.add(at + 1, lines.get(at));
      site.setLines(path, lines);
    }
  }

  /** Gives a key a value of another type or a hostile string ({@link Nasty#VALUES}). */
  record ChangeValue(int file, int key, int value) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = site.file(file);
      List<String> lines = site.lines(path);
      List<Integer> keys = site.keyLines(path);
      int at = keys.get(Math.floorMod(key, keys.size()));
      Matcher m = SiteText.KEY_LINE.matcher(lines.get(at));
      String head = m.matches() ? m.group(1) : lines.get(at);
      lines.set(at, head + " " + SiteText.bytesOf(pick(Nasty.VALUES, value)));
      site.setLines(path, lines);
    }
  }

  /** Replaces the n-th number in a file with an extreme one ({@link Nasty#NUMBERS}). */
  record ChangeNumber(int file, int number, int value) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = site.file(file);
      Matcher m = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?").matcher(site.get(path));
      List<int[]> spans = new java.util.ArrayList<>();
      while (m.find()) spans.add(new int[] {m.start(), m.end()});
      if (spans.isEmpty()) return;
      int[] s = spans.get(Math.floorMod(number, spans.size()));
      String text = site.get(path);
      site.put(path, text.substring(0, s[0]) + pick(Nasty.NUMBERS, value) + text.substring(s[1]));
    }
  }

  /** Renames an id at its first mention or everywhere, to an odd name ({@link Nasty#IDS}). */
  record RenameId(int id, int name, boolean everywhere) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      List<String> ids = site.ids();
      if (ids.isEmpty()) return;
      String old = pick(ids, id);
      site.replaceId(old, SiteText.bytesOf(pick(Nasty.IDS, name)), everywhere);
    }
  }

  /** Swaps two ids everywhere: a fact may become a source, a chart a fact. */
  record SwapIds(int first, int second) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      List<String> ids = site.ids();
      if (ids.size() < 2) return;
      String a = pick(ids, first);
      String b = pick(ids, second);
      String placeholder = "swap_placeholder_" + Math.abs(a.hashCode());
      site.replaceId(a, placeholder, true);
      site.replaceId(b, a, true);
      site.replaceId(placeholder, b, true);
    }
  }

  /** Cuts a file short, possibly inside a UTF-8 sequence. */
  record Truncate(int file, int permille) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = site.file(file);
      String text = site.get(path);
      site.put(path, text.substring(0, (int) ((long) text.length() * permille / 1000)));
    }
  }

  /** Inserts raw bytes, each 0 to 255. */
  record InsertBytes(int file, int permille, List<Integer> bytes) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      StringBuilder raw = new StringBuilder();
      for (int b : bytes) raw.append((char) (b & 0xFF));
      insert(site, file, permille, raw.toString(), false);
    }
  }

  /**
   * Inserts odd text ({@link Nasty#TEXTS}) or bytes that are not UTF-8 ({@link Nasty#RAW_BYTES}).
   */
  record InsertText(int file, int permille, int text, boolean raw) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String t = raw ? pick(Nasty.RAW_BYTES, text) : SiteText.bytesOf(pick(Nasty.TEXTS, text));
      insert(site, file, permille, t, true);
    }
  }

  /** Inserts a deeply nested construct as new lines ({@link Nesting}). */
  record NestDeeply(int file, int line, Nesting kind, int depth) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = kind == Nesting.DERIVE ? factsFile(site, file) : site.file(file);
      List<String> lines = site.lines(path);
      // A derived fact goes at the end, a whole list item; the rest go anywhere.
      int at = kind == Nesting.DERIVE ? lines.size() : Math.floorMod(line, lines.size() + 1);
      lines.addAll(at, kind.lines(depth, site.get(path)));
      site.setLines(path, lines);
    }

    private static String factsFile(SiteText site, int file) {
      for (String p : site.paths()) if (p.startsWith("content/facts/")) return p;
      return site.file(file);
    }
  }

  /** Repeats one line many times. */
  record RepeatLine(int file, int line, int times) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String path = site.file(file);
      List<String> lines = site.lines(path);
      int at = Math.floorMod(line, lines.size());
      for (int i = 1; i < times; i++) lines.add(at, lines.get(at));
      site.setLines(path, lines);
    }
  }

  /** Lets raw HTML through ({@code allow_html: true}), so inserted markup reaches the page. */
  record AllowHtml() implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      String text = site.get("content/site.yaml");
      if (text != null) site.put("content/site.yaml", text + "\nallow_html: true\n");
    }
  }

  /** Two mutations, one after the other. */
  record Both(Mutation first, Mutation second) implements Mutation {
    @Override
    public void applyTo(SiteText site) {
      first.applyTo(site);
      second.applyTo(site);
    }
  }

  private static <T> T pick(List<T> list, int index) {
    return list.get(Math.floorMod(index, list.size()));
  }

  /** Inserts text at a relative position; on a character boundary when asked to. */
  private static void insert(SiteText site, int file, int permille, String t, boolean boundary) {
    String path = site.file(file);
    String text = site.get(path);
    int at = (int) ((long) text.length() * permille / 1000);
    while (boundary && at > 0 && at < text.length() && (text.charAt(at) & 0xC0) == 0x80) at--;
    site.put(path, text.substring(0, at) + t + text.substring(at));
  }
}
