package org.sourcebrief.markdown;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Numbers a page's notes in order of first use. A note (a source, a calculation, an editor's own
 * footnote) keeps one number however often it is cited, and remembers every place that cites it so
 * the note can link back to each.
 */
final class PageNotes {
  enum Kind {
    SOURCE,
    CALCULATION,
    FOOTNOTE,
    CORRECTION
  }

  /**
   * One numbered note; {@code key} is the source id, derived fact id, footnote name or, for a
   * correction, the id of the corrected fact.
   */
  record Note(int number, Kind kind, String key, List<String> citedFrom) {
    String id() {
      return "note-" + number;
    }
  }

  /** A place that cites a note: the marker's own id and the note it points to. */
  record Marker(String id, Note note) {}

  private final Map<String, Note> notes = new LinkedHashMap<>();

  /** A marker in the text: gives the note its number on first use and a fresh back-link id. */
  Marker cite(Kind kind, String key) {
    Note n = note(kind, key);
    String id = "ref-" + n.number() + "-" + (n.citedFrom().size() + 1);
    n.citedFrom().add(id);
    return new Marker(id, n);
  }

  /** A note cited from inside another note (a calculation's sources): links back to that note. */
  Note citeFromNote(Kind kind, String key, Note from) {
    Note n = note(kind, key);
    if (!n.citedFrom().contains(from.id())) n.citedFrom().add(from.id());
    return n;
  }

  /** The note already numbered for a key. */
  Note find(Kind kind, String key) {
    return notes.get(kind + ":" + key);
  }

  private Note note(Kind kind, String key) {
    return notes.computeIfAbsent(
        kind + ":" + key, k -> new Note(notes.size() + 1, kind, key, new ArrayList<>()));
  }

  List<Note> inOrder() {
    return List.copyOf(notes.values());
  }

  /** The markers' HTML, written by the theme; nothing when there are none. */
  static String html(List<Marker> markers, Markup markup) {
    if (markers.isEmpty()) return "";
    return markup.markers(
        markers.stream()
            .map(m -> new Markup.Marker(m.id(), m.note().id(), m.note().number()))
            .toList());
  }
}
