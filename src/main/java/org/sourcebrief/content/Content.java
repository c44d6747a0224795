package org.sourcebrief.content;

import java.util.List;

/** Everything read from the content folder, in a stable order. */
public record Content(
    List<Source> sources, List<Fact> facts, List<ChartSpec> charts, List<Narrative> narratives) {}
