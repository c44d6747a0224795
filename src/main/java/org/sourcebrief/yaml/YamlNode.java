package org.sourcebrief.yaml;

import java.util.ArrayList;
import java.util.List;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/** One YAML node with its position. Scalars are read as the text written, never re-typed. */
public final class YamlNode {
  enum Kind {
    SCALAR,
    SEQUENCE,
    MAPPING
  }

  /** One `key: value` pair of a mapping, in the order written. */
  record Entry(YamlNode key, YamlNode value) {}

  private final Kind kind;
  private final SourcePosition position;
  private final Diagnostics diagnostics;
  private final String scalar;
  private final boolean quoted;
  private final boolean isNull;
  private final List<YamlNode> items;
  private final List<Entry> entries;

  private YamlNode(
      Kind kind,
      SourcePosition position,
      Diagnostics diagnostics,
      String scalar,
      boolean quoted,
      boolean isNull) {
    this.kind = kind;
    this.position = position;
    this.diagnostics = diagnostics;
    this.scalar = scalar;
    this.quoted = quoted;
    this.isNull = isNull;
    this.items = kind == Kind.SEQUENCE ? new ArrayList<>() : List.of();
    this.entries = kind == Kind.MAPPING ? new ArrayList<>() : List.of();
  }

  /**
   * A scalar: {@code quoted} for any style but plain (quotes, `|` and `>`), {@code isNull} for a
   * plain empty value, `~` or `null`.
   */
  static YamlNode scalar(
      SourcePosition at, Diagnostics diagnostics, String text, boolean quoted, boolean isNull) {
    return new YamlNode(Kind.SCALAR, at, diagnostics, text, quoted, isNull);
  }

  /** An empty list or mapping, filled in by the reader as its items are read. */
  static YamlNode collection(Kind kind, SourcePosition at, Diagnostics diagnostics) {
    return new YamlNode(kind, at, diagnostics, null, false, false);
  }

  void add(YamlNode item) {
    items.add(item);
  }

  void add(YamlNode key, YamlNode value) {
    entries.add(new Entry(key, value));
  }

  List<YamlNode> itemList() {
    return items;
  }

  List<Entry> entries() {
    return entries;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  public String file() {
    return position.file();
  }

  public SourcePosition position() {
    return position;
  }

  /**
   * The position of a character inside this scalar's text (0-based index), for errors inside a
   * value such as a derive formula. Exact for one-line plain and quoted scalars.
   */
  public SourcePosition positionAt(int index) {
    SourcePosition p = position();
    int quote = isQuoted() ? 1 : 0;
    String text = scalar() == null ? "" : scalar();
    int cps = text.codePointCount(0, Math.min(index, text.length()));
    return new SourcePosition(p.file(), p.line(), p.column() + quote + cps);
  }

  public boolean isMapping() {
    return kind == Kind.MAPPING;
  }

  public boolean isSequence() {
    return kind == Kind.SEQUENCE;
  }

  public boolean isScalar() {
    return kind == Kind.SCALAR;
  }

  /** The scalar's text exactly as written (without quotes), or null for a mapping or list. */
  public String scalar() {
    return scalar;
  }

  public boolean isQuoted() {
    return quoted;
  }

  /** True for an empty value, `~` or `null` written plainly. */
  public boolean isNull() {
    return isNull;
  }

  /** The items of a list; reports an error and gives none when this is not a list. */
  public List<YamlNode> items(String what) {
    if (isSequence()) return List.copyOf(items);
    diagnostics.error(
        "yaml-wrong-type", position(), what + " must be a list", "start each item with `- `");
    return List.of();
  }

  /** This node as a mapping; reports an error and gives null when it is not one. */
  public YamlMapping mapping(String what) {
    if (isMapping()) return new YamlMapping(this);
    diagnostics.error(
        "yaml-wrong-type",
        position(),
        what + " must be a set of `key: value` lines",
        "write one `key: value` per line");
    return null;
  }
}
