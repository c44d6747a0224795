package org.sourcebrief.markdown;

import java.util.List;

/**
 * A narrative turned into HTML: the body (ending with its "Sources" notes, which start at {@code
 * notesStart}), and the facts and sources (and charts) it cites, for the indexes that list where
 * each is used.
 */
public record RenderedPage(
    String html, List<String> facts, List<String> sources, List<String> charts, int notesStart) {

  /** A page whose notes, if any, are not told apart from its text. */
  public RenderedPage(String html, List<String> facts, List<String> sources, List<String> charts) {
    this(html, facts, sources, charts, html.length());
  }

  /** The text before the notes. */
  public String textHtml() {
    return html.substring(0, notesStart);
  }

  /** The notes that end the page ("Sources"), or "". */
  public String notesHtml() {
    return html.substring(notesStart);
  }
}
