package org.sourcebrief.yaml;

import org.yaml.snakeyaml.error.MarkedYAMLException;

/** Turns the YAML parser's wording into plain words for the mistakes editors make most. */
final class YamlErrorExplainer {
  record Explanation(String code, String message, String hint) {}

  private YamlErrorExplainer() {}

  /** {@code line} is the text of the line the error points at, or null. */
  static Explanation explain(MarkedYAMLException e, String line) {
    String problem = String.valueOf(e.getProblem());
    if (line != null && line.matches("\\s*-[^\\s-].*")) {
      return new Explanation(
          "yaml-syntax",
          "a list item's `-` is not followed by a space",
          "write `- id: …` with a space after the dash");
    }
    String context = String.valueOf(e.getContext());
    if (problem.contains("'\\t'") || problem.contains("\\t(TAB)")) {
      return new Explanation(
          "yaml-tab",
          "a tab character is used for indentation",
          "YAML indents with spaces only: replace the tab with spaces");
    }
    if (problem.contains("mapping values are not allowed here")) {
      return new Explanation(
          "yaml-syntax",
          "a colon in an unexpected place",
          "if the value holds `: `, put it in double quotes (label: \"Returns: 2024\"); "
              + "otherwise indent this key like the keys above it");
    }
    if (context.contains("quoted scalar")) {
      return new Explanation(
          "yaml-syntax",
          "a quoted value is never closed",
          "add the closing quote at the end of the value");
    }
    if (problem.contains("could not find expected ':'")) {
      return new Explanation(
          "yaml-syntax",
          "a line is missing the colon between key and value",
          "write `key: value`, with a colon and a space");
    }
    if (problem.contains("expected <block end>") || context.contains("block collection")) {
      return new Explanation(
          "yaml-syntax",
          "the indentation does not line up",
          "indent every item of a list, and every key of one entry, by the same number of spaces");
    }
    return new Explanation(
        "yaml-syntax",
        "this is not valid YAML: " + problem.trim(),
        "check the indentation and quotes on this line and the one above");
  }
}
