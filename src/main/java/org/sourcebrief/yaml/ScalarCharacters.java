package org.sourcebrief.yaml;

import org.sourcebrief.text.ControlCharacters;

/**
 * Reports each key and value of a parsed file that holds a control character. A file's raw text is
 * checked before parsing, so such a character can only have come from an escape in double quotes
 * ({@code "\x01"}, {@code "\e"}); {@code \r} is refused too, the one line break that YAML keeps
 * instead of turning it into a plain line feed.
 */
final class ScalarCharacters {
  private ScalarCharacters() {}

  static void check(YamlNode root) {
    walk(root, null);
  }

  private static void walk(YamlNode node, String key) {
    if (node.isScalar()) {
      check(node, node.scalar(), key);
    } else if (node.isSequence()) {
      for (YamlNode item : node.itemList()) walk(item, key);
    } else {
      for (YamlNode.Entry t : node.entries()) {
        walk(t.key(), null);
        String name = t.key().isScalar() ? t.key().scalar() : key;
        walk(t.value(), name);
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
