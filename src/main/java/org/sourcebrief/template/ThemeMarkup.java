package org.sourcebrief.template;

import java.util.List;
import java.util.Map;
import org.sourcebrief.markdown.Markup;

/**
 * The page pieces written by the theme's {@code _markup/} partials: {@code value.ftlh}, {@code
 * marker.ftlh}, {@code figure.ftlh} (with {@code data-table.ftlh}) and {@code notes.ftlh}. A site's
 * own {@code templates/_markup/} file of the same name replaces the theme's, as Hugo's render hooks
 * do. A partial that fails is reported by the theme and writes nothing.
 */
final class ThemeMarkup implements Markup {
  private final Theme theme;

  ThemeMarkup(Theme theme) {
    this.theme = theme;
  }

  @Override
  public String value(Value value) {
    return partial("value", "value", value);
  }

  @Override
  public String markers(List<Marker> markers) {
    return markers.isEmpty() ? "" : partial("marker", "markers", markers);
  }

  @Override
  public String figure(Figure figure) {
    return partial("figure", "figure", figure);
  }

  @Override
  public String notes(List<Note> notes) {
    return notes.isEmpty() ? "" : partial("notes", "notes", notes);
  }

  private String partial(String name, String variable, Object model) {
    return theme.render("_markup/" + name + ".ftlh", Map.of(variable, model)).orElse("");
  }
}
