package org.sourcebrief.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A {@code {{chart:id}}} that stood on a line of its own: it becomes a figure. */
final class ChartBlock extends Block {
  final String chartId;

  ChartBlock(BasedSequence chars, String chartId) {
    super(chars);
    this.chartId = chartId;
  }

  @Override
  public BasedSequence[] getSegments() {
    return EMPTY_SEGMENTS;
  }
}
