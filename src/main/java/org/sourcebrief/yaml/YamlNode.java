package org.sourcebrief.yaml;

import java.util.List;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/** One YAML node with its position. Scalars are read as the text written, never re-typed. */
public final class YamlNode {
  private final Node node;
  private final String file;
  private final int lineOffset;
  private final Diagnostics diagnostics;

  YamlNode(Node node, String file, int lineOffset, Diagnostics diagnostics) {
    this.node = node;
    this.file = file;
    this.lineOffset = lineOffset;
    this.diagnostics = diagnostics;
  }

  YamlNode child(Node n) {
    return new YamlNode(n, file, lineOffset, diagnostics);
  }

  Node node() {
    return node;
  }

  Diagnostics diagnostics() {
    return diagnostics;
  }

  public String file() {
    return file;
  }

  public SourcePosition position() {
    return new SourcePosition(
        file, node.getStartMark().getLine() + 1 + lineOffset, node.getStartMark().getColumn() + 1);
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

  public boolean isScalar() {
    return node instanceof ScalarNode;
  }

  /** The scalar's text exactly as written (without quotes), or null for a mapping or list. */
  public String scalar() {
    return node instanceof ScalarNode s ? s.getValue() : null;
  }

  public boolean isQuoted() {
    return node instanceof ScalarNode s && s.getScalarStyle() != DumperOptions.ScalarStyle.PLAIN;
  }

  /** True for an empty value, `~` or `null` written plainly. */
  public boolean isNull() {
    return node instanceof ScalarNode && !isQuoted() && node.getTag().equals(Tag.NULL);
  }

  /** The items of a list; reports an error and gives none when this is not a list. */
  public List<YamlNode> items(String what) {
    if (node instanceof SequenceNode s) return s.getValue().stream().map(this::child).toList();
    diagnostics.error(
        "yaml-wrong-type", position(), what + " must be a list", "start each item with `- `");
    return List.of();
  }

  /** This node as a mapping; reports an error and gives null when it is not one. */
  public YamlMapping mapping(String what) {
    if (node instanceof MappingNode m) return new YamlMapping(this, m);
    diagnostics.error(
        "yaml-wrong-type",
        position(),
        what + " must be a set of `key: value` lines",
        "write one `key: value` per line");
    return null;
  }
}
