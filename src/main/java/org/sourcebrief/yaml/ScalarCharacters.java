package org.sourcebrief.yaml;

import org.sourcebrief.text.ControlCharacters;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reports each key and value of a parsed file that holds a control character. A file's raw text is
 * checked before parsing, so such a character can only have come from an escape in double quotes
 * ({@code "\x01"}, {@code "\e"}); {@code \r} is refused too, the one line break that YAML keeps
 * instead of turning it into a plain line feed.
 */
final class ScalarCharacters {
  private ScalarCharacters() {}

  static void check(YamlNode root) {
    walk(root, root.node(), null);
  }

  private static void walk(YamlNode at, Node node, String key) {
    if (node instanceof ScalarNode s) {
      check(at.child(s), s.getValue(), key);
    } else if (node instanceof SequenceNode s) {
      for (Node item : s.getValue()) walk(at, item, key);
    } else if (node instanceof MappingNode m) {
      for (NodeTuple t : m.getValue()) {
        walk(at, t.getKeyNode(), null);
        String name = t.getKeyNode() instanceof ScalarNode k ? k.getValue() : key;
        walk(at, t.getValueNode(), name);
      }
    }
  }

  private static void check(YamlNode scalar, String value, String key) {
    value
        .codePoints()
        .filter(c -> ControlCharacters.refused(c) || c == '\r')
        .findFirst()
        .ifPresent(
            c ->
                scalar
                    .diagnostics()
                    .error(
                        "control-character",
                        scalar.position(),
                        (key == null ? "this value" : "'" + key + "'")
                            + " holds the control character "
                            + ControlCharacters.name(c)
                            + ", which a page cannot show",
                        "remove the escape (such as \\x01 or \\u0001) from the quoted value"));
  }
}
