package org.sourcebrief.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.sourcebrief.content.ChartSpec;
import org.sourcebrief.content.Content;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Source;
import org.sourcebrief.content.Translation;

/**
 * The content as published in one more language: each fact, source and chart with its text in that
 * language where a translation is written (the default language's text where not), and the
 * narratives translated into it, each published at its original's address. Validated like the
 * original content, so a translated page meets the same checks.
 */
public final class TranslatedContent {
  private TranslatedContent() {}

  public static Content in(Content content, String language) {
    return new Content(
        content.sources().stream().map(s -> source(s, language)).toList(),
        content.facts().stream().map(f -> fact(f, language)).toList(),
        content.charts().stream().map(c -> chart(c, language)).toList(),
        narratives(content.narratives(), language));
  }

  /** The original narrative a translation's file name points at ("x.fa.md" → "x.md"). */
  public static String originalFile(Narrative translation) {
    String file = translation.file();
    String tail = "." + translation.language() + ".md";
    return file.endsWith(tail) ? file.substring(0, file.length() - tail.length()) + ".md" : file;
  }

  private static List<Narrative> narratives(List<Narrative> all, String language) {
    Map<String, Narrative> originals = new java.util.HashMap<>();
    all.stream().filter(n -> !n.isTranslation()).forEach(n -> originals.put(n.file(), n));
    java.util.Set<String> taken = new java.util.HashSet<>();
    List<Narrative> out = new ArrayList<>();
    for (Narrative n : all) {
      if (!n.isTranslation() || !n.language().equalsIgnoreCase(language)) continue;
      Narrative original = originals.get(originalFile(n));
      // Reported by TranslationChecks: a translation of nothing, or the same one twice.
      if (original == null || !taken.add(original.file())) continue;
      out.add(n.translating(original));
    }
    return out;
  }

  private static Fact fact(Fact f, String language) {
    var t = Translation.in(f.translations(), language);
    if (t.isEmpty()) return f;
    return new Fact(
        f.id(),
        f.position(),
        t.get().field("label").orElse(f.label()),
        f.value(),
        f.derive(),
        f.unit(),
        f.period(),
        f.asOf(),
        f.sources(),
        t.get().field("note").orElse(f.note()),
        f.approximate(),
        f.isFinal(),
        f.translations(),
        f.history());
  }

  private static Source source(Source s, String language) {
    var t = Translation.in(s.translations(), language);
    if (t.isEmpty()) return s;
    return new Source(
        s.id(),
        s.position(),
        t.get().field("publisher").orElse(s.publisher()),
        t.get().field("title").orElse(s.title()),
        s.date(),
        s.url(),
        s.accessed(),
        s.via(),
        s.archiveUrl(),
        t.get().field("note").orElse(s.note()),
        s.translations(),
        s.urlPosition(),
        s.archiveUrlPosition());
  }

  private static ChartSpec chart(ChartSpec c, String language) {
    var found = Translation.in(c.translations(), language);
    if (found.isEmpty()) return c;
    Translation t = found.get();
    UnaryOperator<String> label =
        s -> s == null || !t.labels().containsKey(s) ? s : t.labels().get(s).value();
    List<ChartSpec.SeriesSpec> series =
        c.series() == null
            ? null
            : c.series().stream()
                .map(
                    s ->
                        new ChartSpec.SeriesSpec(
                            label.apply(s.name()),
                            s.position(),
                            s.points() == null
                                ? null
                                : s.points().stream()
                                    .map(
                                        p ->
                                            new ChartSpec.PointSpec(
                                                label.apply(p.label()), p.fact(), p.position()))
                                    .toList()))
                .toList();
    ChartSpec.TableSpec table = c.table() == null ? null : table(c.table(), label);
    return new ChartSpec(
        c.id(),
        c.position(),
        c.type(),
        t.field("title").orElse(c.title()),
        t.field("alt").orElse(c.alt()),
        t.field("y_label").orElse(c.yLabel()),
        series,
        table,
        t.field("note").orElse(c.note()),
        c.translations());
  }

  /** A table's column names and its first column (the x labels) translated. */
  private static ChartSpec.TableSpec table(ChartSpec.TableSpec t, UnaryOperator<String> label) {
    List<String> columns = t.columns() == null ? null : t.columns().stream().map(label).toList();
    List<List<ChartSpec.Cell>> rows =
        t.rows() == null
            ? null
            : t.rows().stream()
                .map(
                    r -> {
                      List<ChartSpec.Cell> row = new ArrayList<>(r);
                      if (!row.isEmpty() && row.get(0) != null) {
                        ChartSpec.Cell first = row.get(0);
                        row.set(0, new ChartSpec.Cell(label.apply(first.text()), first.position()));
                      }
                      return java.util.Collections.unmodifiableList(row);
                    })
                .toList();
    return new ChartSpec.TableSpec(t.source(), t.position(), columns, rows);
  }
}
