package org.sourcebrief.content;

import java.util.List;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlReader;

/** Reads a Markdown narrative: YAML front matter between `---` lines, then the body. */
final class NarrativeLoader {
  static final List<String> KEYS =
      List.of(
          "title",
          "summary",
          "date",
          "updated",
          "slug",
          "order",
          "draft",
          "image",
          "headline",
          "corrections",
          "authors",
          "topics",
          "related");

  private final Diagnostics diagnostics;
  private final YamlReader yaml;
  private final Fields fields;

  NarrativeLoader(Diagnostics diagnostics, YamlReader yaml) {
    this.diagnostics = diagnostics;
    this.yaml = yaml;
    this.fields = new Fields(diagnostics);
  }

  /** Keys a translation takes from its original rather than from its own front matter. */
  static final List<String> ORIGINAL_ONLY =
      List.of("slug", "order", "image", "headline", "authors", "topics", "related");

  /**
   * {@code defaultSlug} is the file name without its extension (and language); {@code language} is
   * null for an original, or the language a translation is written in.
   */
  Optional<Narrative> load(
      Narrative.Kind kind, String file, String text, String defaultSlug, String language) {
    String t = text.startsWith("\uFEFF") ? text.substring(1) : text;
    List<String> lines = t.lines().toList();
    int close = frontMatterEnd(lines);
    if (close < 0) {
      diagnostics.error(
          "narrative-missing-front-matter",
          new SourcePosition(file, 1, 1),
          "this narrative has no front matter",
          "start the file with a `---` line, then " + "`title: \"…\"`, then another `---` line");
      return Optional.empty();
    }
    String front = String.join("\n", lines.subList(1, close)) + "\n";
    int errors = diagnostics.count(Severity.ERROR);
    YamlMapping m =
        yaml.readEmbedded(file, front, 2).map(n -> n.mapping("the front matter")).orElse(null);
    String body = String.join("\n", lines.subList(close + 1, lines.size())) + "\n";
    if (m == null && diagnostics.count(Severity.ERROR) > errors) return Optional.empty();
    if (language != null && m != null) refuseOwnKeys(m);
    return Optional.of(read(kind, file, m, defaultSlug, body, close + 2, language));
  }

  private void refuseOwnKeys(YamlMapping m) {
    for (String key : ORIGINAL_ONLY) {
      if (m.keys().contains(key)) {
        diagnostics.error(
            "translation-own-key",
            m.keyPosition(key),
            "a translation takes `" + key + "` from its original",
            "remove `" + key + ":` here; change it in the original if it should change");
      }
    }
  }

  private static int frontMatterEnd(List<String> lines) {
    if (lines.isEmpty() || !lines.get(0).strip().equals("---")) return -1;
    for (int i = 1; i < lines.size(); i++) {
      String l = lines.get(i).strip();
      if (l.equals("---") || l.equals("...")) return i;
    }
    return -1;
  }

  private Narrative read(
      Narrative.Kind kind,
      String file,
      YamlMapping m,
      String defaultSlug,
      String body,
      int bodyFirstLine,
      String language) {
    SourcePosition top = new SourcePosition(file, 1, 1);
    if (m == null) {
      diagnostics.error(
          "narrative-missing-title",
          top,
          "this narrative has no title",
          "add `title: \"…\"` to the front matter");
      return new Narrative(
          kind,
          file,
          defaultSlug,
          "",
          null,
          null,
          new Ref(defaultSlug, top),
          0,
          false,
          null,
          null,
          body,
          bodyFirstLine,
          language);
    }
    m.allowOnly(KEYS, "the front matter");
    String title = m.string("title").filter(s -> !s.isBlank()).orElse(null);
    if (title == null) {
      diagnostics.error(
          "narrative-missing-title",
          top,
          "this narrative has no title",
          "add `title: \"…\"` to the front matter");
    }
    Ref slug =
        m.get("slug")
            .map(n -> new Ref(String.valueOf(n.scalar()), n.position()))
            .orElse(new Ref(defaultSlug, top));
    return new Narrative(
        kind,
        file,
        title == null ? defaultSlug : title,
        m.string("summary").orElse(""),
        fields.date(m, "date"),
        fields.date(m, "updated"),
        slug,
        m.integer("order").orElse(0),
        m.bool("draft").orElse(false),
        fields.ref(m, "image"),
        fields.ref(m, "headline"),
        body,
        bodyFirstLine,
        language,
        new CorrectionNotes(diagnostics, fields).read(m),
        new Narrative.Credit(
            fields.refs(m, "authors"), fields.refs(m, "topics"), fields.refs(m, "related")));
  }
}
