package org.sourcebrief.testing;

import java.util.Map;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.markdown.MarkdownRenderer;
import org.sourcebrief.template.Theme;
import org.sourcebrief.validate.CheckedContent;

/** The default theme, with its words for the site's language, for tests of a single stage. */
public final class DefaultTheme {
  private DefaultTheme() {}

  public static Theme of(CheckedContent content) {
    Diagnostics d = new Diagnostics();
    Theme theme =
        new Theme(
            null,
            "templates",
            content.config().locale(),
            d,
            new SourceTexts(),
            new ProjectFiles(d));
    theme.loadWords(content.config().language());
    return theme;
  }

  /** A Markdown renderer with the default theme's words and partials. */
  public static MarkdownRenderer markdown(CheckedContent content, Diagnostics diagnostics) {
    Theme theme = of(content);
    return new MarkdownRenderer(content, Map.of(), diagnostics, theme.words(), theme.markup());
  }
}
