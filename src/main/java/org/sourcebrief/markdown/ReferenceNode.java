package org.sourcebrief.markdown;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code {{kind:argument|format}}} reference in the Markdown. {@code problem} is set when the
 * reference is malformed; such a node is reported and never rendered as text, except one with
 * single braces ({@code "single"}), which is published as written and draws a warning.
 */
final class ReferenceNode extends Node {
  final String kind;
  final String argument;
  final String format;
  final String problem;

  ReferenceNode(BasedSequence chars, String kind, String argument, String format, String problem) {
    super(chars);
    this.kind = kind;
    this.argument = argument;
    this.format = format;
    this.problem = problem;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
