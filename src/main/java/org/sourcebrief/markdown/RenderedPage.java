package org.sourcebrief.markdown;

import java.util.List;

/**
 * A narrative turned into HTML: the body (ending with its "Sources" notes), and the facts and
 * sources (and charts) it cites, for the indexes that list where each is used.
 */
public record RenderedPage(
    String html, List<String> facts, List<String> sources, List<String> charts) {}
