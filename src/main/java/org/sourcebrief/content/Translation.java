package org.sourcebrief.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebrief.diag.SourcePosition;

/**
 * The reader-facing text of a fact, source or chart in one more language, as written under its
 * {@code translations:} key: {@code fields} by name ("label", "note", "title"…) and, for a chart,
 * {@code labels}: each series name or point label as written, with its translation.
 *
 * @param position where the language is named, for "language not declared"
 */
public record Translation(
    String language, SourcePosition position, Map<String, Text> fields, Map<String, Text> labels) {

  public Translation {
    fields = Map.copyOf(fields);
    labels = Map.copyOf(labels);
  }

  /** A translated text and where it is written. */
  public record Text(String value, SourcePosition position) {}

  /** The translation of a field, if written. */
  public Optional<String> field(String name) {
    return Optional.ofNullable(fields.get(name)).map(Text::value);
  }

  /** The translation into {@code language} among {@code all}, if there is one. */
  public static Optional<Translation> in(List<Translation> all, String language) {
    return all.stream().filter(t -> t.language().equalsIgnoreCase(language)).findFirst();
  }
}
