package org.sourcebrief.validate;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteLanguage;
import org.sourcebrief.content.ChartSpec;
import org.sourcebrief.content.Content;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Translation;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * Checks what is written in other languages against the site's languages: every translation is into
 * a language site.yaml declares (other than the default), a translated narrative has an original
 * and is its only translation into that language, a chart translates only labels it has, and a fact
 * or chart without its text in a language is named (a warning: the default language's text is shown
 * instead).
 */
public final class TranslationChecks {
  private final Diagnostics diagnostics;

  public TranslationChecks(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  public void check(SiteConfig config, Content content) {
    List<String> others = config.languages().stream().skip(1).map(SiteLanguage::code).toList();
    String first = config.defaultLanguage().code();
    content.facts().forEach(f -> declared(f.translations(), others, first));
    content.sources().forEach(s -> declared(s.translations(), others, first));
    content.charts().forEach(c -> declared(c.translations(), others, first));
    narratives(content.narratives(), others, first);
    content.charts().forEach(this::labels);
    for (String language : others) {
      content.facts().forEach(f -> missing(f, language));
      content.charts().forEach(c -> missing(c, language));
    }
  }

  private void declared(List<Translation> translations, List<String> others, String first) {
    for (Translation t : translations) undeclared(t.language(), t.position(), others, first);
  }

  /** Reports a language that is not one of the site's other languages; true when it is. */
  private boolean undeclared(
      String language, SourcePosition at, List<String> others, String first) {
    if (others.stream().anyMatch(language::equalsIgnoreCase)) return true;
    if (language.equalsIgnoreCase(first)) {
      diagnostics.error(
          "undeclared-language",
          at,
          "'" + language + "' is the site's default language, not a translation",
          "write the text itself in the original; translations are for the other languages");
    } else {
      diagnostics.error(
          "undeclared-language",
          at,
          "site.yaml does not declare the language '" + language + "'",
          "add `- language: "
              + language
              + "` to `languages:` in site.yaml"
              + (others.isEmpty() ? ", after the default language" : "")
              + ", or fix the code");
    }
    return false;
  }

  private void narratives(List<Narrative> all, List<String> others, String first) {
    Set<String> originals = new LinkedHashSet<>();
    all.stream().filter(n -> !n.isTranslation()).forEach(n -> originals.add(n.file()));
    for (Narrative n : all) {
      if (n.kind() == Narrative.Kind.PAGE
          && !n.isTranslation()
          && others.stream().anyMatch(n.slug().id()::equalsIgnoreCase)) {
        diagnostics.error(
            "slug-is-language",
            n.slug().position(),
            "page '" + n.slug().id() + "' would take the folder of the language " + n.slug().id(),
            "give the page another `slug:`; /" + n.slug().id() + "/ holds that language's pages");
      }
    }
    Map<String, String> seen = new HashMap<>();
    for (Narrative n : all) {
      if (!n.isTranslation()) continue;
      SourcePosition at = new SourcePosition(n.file(), 1, 1);
      if (!undeclared(n.language(), at, others, first)) continue;
      String original = TranslatedContent.originalFile(n);
      if (!originals.contains(original)) {
        diagnostics.error(
            "translation-without-original",
            at,
            "this translates " + original + ", which does not exist",
            "name a translation after its original with the language before .md, e.g."
                + " returns.fa.md beside returns.md");
        continue;
      }
      String key = original + "\n" + n.language().toLowerCase(Locale.ROOT);
      String earlier = seen.putIfAbsent(key, n.file());
      if (earlier != null) {
        diagnostics.error(
            "translation-twice",
            at,
            original + " is translated into '" + n.language() + "' already, by " + earlier,
            "keep one translation per language; delete or merge the other file");
      }
    }
  }

  /** Labels a translation names must be series names or point labels of the chart. */
  private void labels(ChartSpec c) {
    Set<String> own = labelsOf(c);
    for (Translation t : c.translations()) {
      for (var e : t.labels().entrySet()) {
        if (!own.contains(e.getKey())) {
          diagnostics.error(
              "unknown-translation-label",
              e.getValue().position(),
              "chart '" + c.id() + "' has no label '" + e.getKey() + "' to translate",
              org.sourcebrief.diag.DidYouMean.hint(
                  e.getKey(), own, "its labels are: " + String.join(", ", own)));
        }
      }
    }
  }

  /** Series names, point labels, table column names and row labels, as written. */
  static Set<String> labelsOf(ChartSpec c) {
    Set<String> out = new LinkedHashSet<>();
    if (c.series() != null) {
      for (ChartSpec.SeriesSpec s : c.series()) {
        if (s.name() != null) out.add(s.name());
        if (s.points() != null)
          s.points().stream()
              .map(ChartSpec.PointSpec::label)
              .filter(java.util.Objects::nonNull)
              .forEach(out::add);
      }
    }
    if (c.table() != null) {
      if (c.table().columns() != null) out.addAll(c.table().columns());
      if (c.table().rows() != null)
        c.table().rows().stream()
            .filter(r -> !r.isEmpty() && r.get(0) != null && r.get(0).text() != null)
            .forEach(r -> out.add(r.get(0).text()));
    }
    return out;
  }

  private void missing(Fact f, String language) {
    var t = Translation.in(f.translations(), language);
    missing(f.position(), "fact '" + f.id() + "'", "label", language, t);
    if (f.note() != null) missing(f.position(), "fact '" + f.id() + "'", "note", language, t);
  }

  private void missing(ChartSpec c, String language) {
    var t = Translation.in(c.translations(), language);
    String what = "chart '" + c.id() + "'";
    missing(c.position(), what, "title", language, t);
    if (c.alt() != null) missing(c.position(), what, "alt", language, t);
    if (c.yLabel() != null && !c.yLabel().isBlank())
      missing(c.position(), what, "y_label", language, t);
    if (c.note() != null) missing(c.position(), what, "note", language, t);
    for (String label : labelsOf(c)) {
      boolean words = label.codePoints().anyMatch(Character::isLetter);
      if (words && (t.isEmpty() || !t.get().labels().containsKey(label))) {
        diagnostics.warning(
            "missing-translation",
            c.position(),
            what + " has no '" + language + "' translation of the label '" + label + "'",
            "add it under `translations: "
                + language
                + ": labels:`; until then the original shows");
      }
    }
  }

  private void missing(
      SourcePosition at,
      String what,
      String field,
      String language,
      java.util.Optional<Translation> t) {
    if (t.isPresent() && t.get().field(field).isPresent()) return;
    diagnostics.warning(
        "missing-translation",
        at,
        what + " has no '" + language + "' " + field,
        "add `"
            + field
            + ":` under `translations: "
            + language
            + ":`; until then its "
            + language
            + " pages show the original");
  }
}
