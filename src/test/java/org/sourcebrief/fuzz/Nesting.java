package org.sourcebrief.fuzz;

import java.util.ArrayList;
import java.util.List;

/** Deeply nested constructs, each as the lines to insert at a given depth. */
enum Nesting {
  BLOCKQUOTES,
  STARS,
  BRACKETS,
  EMPHASIS,
  HTML,
  REFERENCE_BRACES,
  MARKDOWN_LISTS,
  YAML_FLOW,
  YAML_BLOCKS,
  YAML_LIST_ITEMS,
  /** A derived fact whose formula is {@code depth} pairs of parentheses around a fact id. */
  DERIVE;

  /** Indented constructs grow quadratically; past this depth they only take memory. */
  private static final int MAX_INDENTED = 1000;

  List<String> lines(int depth, String text) {
    return switch (this) {
      case BLOCKQUOTES -> List.of(">".repeat(depth) + " deep");
      case STARS -> List.of("*".repeat(depth));
      case BRACKETS -> List.of("[".repeat(depth) + "x" + "](y)".repeat(depth));
      case EMPHASIS -> List.of("*_".repeat(depth) + "x" + "_*".repeat(depth));
      case HTML -> List.of("<div>".repeat(depth) + "x" + "</div>".repeat(depth));
      case REFERENCE_BRACES -> List.of("{{".repeat(depth) + "fact:x" + "}}".repeat(depth));
      case MARKDOWN_LISTS -> indented(depth, "- item");
      case YAML_FLOW -> List.of("deep: " + "[".repeat(depth) + "]".repeat(depth));
      case YAML_BLOCKS -> indented(depth, "k:");
      case YAML_LIST_ITEMS -> List.of("deep: " + "- ".repeat(depth) + "x");
      case DERIVE -> derive(depth, text);
    };
  }

  private static List<String> indented(int depth, String line) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < Math.min(depth, MAX_INDENTED); i++) lines.add("  ".repeat(i) + line);
    return lines;
  }

  /** A fact of the file being changed is the innermost operand, so only the depth is wrong. */
  private static List<String> derive(int depth, String factsFile) {
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("(?m)^-\\s*id:\\s*(\\w+)").matcher(factsFile);
    String id = m.find() ? m.group(1) : "x";
    return List.of(
        "",
        "- id: deeply_nested",
        "  label: \"Deeply nested\"",
        "  derive: \"" + "(".repeat(depth) + id + ")".repeat(depth) + "\"",
        "  unit: people");
  }
}
