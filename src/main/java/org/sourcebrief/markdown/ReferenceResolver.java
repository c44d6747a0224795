package org.sourcebrief.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.util.ast.Node;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.diag.PrintableText;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.text.Html;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Walks one page's tree in reading order, checks every reference, numbers the notes as they are
 * first used and decides the HTML each reference and footnote marker becomes.
 */
final class ReferenceResolver {
  private final CheckedContent content;
  private final ValueFormatter values;
  private final Diagnostics diagnostics;
  private final BodyPositions positions;
  final PageNotes notes = new PageNotes();
  final Map<Node, String> html = new IdentityHashMap<>();
  final Map<String, FootnoteBlock> footnotes = new java.util.HashMap<>();

  /** In order of first citation: the first fact is the page's key figure for its share card. */
  final Set<String> facts = new LinkedHashSet<>();

  final Set<String> sources = new LinkedHashSet<>();

  private final FigureHtml figures;
  private final Markup markup;
  private final String root;
  final Set<String> charts = new TreeSet<>();

  /** How often each chart appears on this page, so a repeat gets its own anchor. */
  private final Map<String, Integer> chartsShown = new java.util.HashMap<>();

  ReferenceResolver(
      CheckedContent content,
      ValueFormatter values,
      Diagnostics diagnostics,
      BodyPositions positions,
      FigureHtml figures,
      Markup markup,
      String root) {
    this.content = content;
    this.values = values;
    this.diagnostics = diagnostics;
    this.positions = positions;
    this.figures = figures;
    this.markup = markup;
    this.root = root;
  }

  void walk(Node parent) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ReferenceNode r) html.put(r, resolve(r));
      else if (n instanceof ChartBlock c) html.put(c, figure(c));
      else if (n instanceof Footnote f) html.put(f, footnote(f));
      walk(n);
    }
  }

  private String resolve(ReferenceNode r) {
    SourcePosition at = positions.at(r.getStartOffset());
    if (r.problem != null) return malformed(r, at);
    return switch (r.kind) {
      case "fact" -> fact(r, at);
      case "cite" -> cite(r.argument, at);
      case "raw" -> Html.escape(r.argument);
      default -> chart(r, at);
    };
  }

  private String malformed(ReferenceNode r, SourcePosition at) {
    switch (r.problem) {
      case "unclosed" ->
          diagnostics.error(
              "reference-unclosed",
              at,
              "`{{` is never closed",
              "close the reference with `}}` on the same line, e.g. {{fact:some_id}}");
      case "kind" ->
          diagnostics.error(
              "reference-unknown-kind",
              at,
              "'" + r.kind + "' is not a kind of reference",
              ReferenceSuggestion.hint(
                  inner(r),
                  DidYouMean.hint(
                      r.kind,
                      ReferenceParser.KINDS,
                      "write {{fact:id}}, {{cite:source-id}}, {{raw:text}} or {{chart:id}}")));
      case "single" -> {
        diagnostics.warning(
            "reference-single-braces",
            at,
            "'" + r.getChars() + "' has single braces, so it is published as written",
            ReferenceSuggestion.hint(inner(r), "a reference has two braces on each side")
                + " To show it as text, write \\{ for the first brace.");
        return Html.escape(r.getChars().toString());
      }
      case "empty" ->
          diagnostics.error(
              "reference-malformed",
              at,
              "this reference names no id",
              "write the id after the colon, e.g. {{" + r.kind + ":some_id}}");
      default ->
          diagnostics.error(
              "reference-malformed",
              at,
              "'" + r.getChars() + "' is not a reference",
              ReferenceSuggestion.hint(
                  inner(r),
                  "write {{fact:id}}, {{cite:source-id}}, {{raw:text}} or "
                      + "{{chart:id}}; to show two braces as text, write \\{{"));
    }
    return "";
  }

  /** Names a character the editor cannot see in a reference's id, with its column. */
  private static String invisibleNote(ReferenceNode r, SourcePosition at) {
    String written = r.getChars().toString();
    int index = written.indexOf(r.argument);
    if (index < 0) return "";
    return PrintableText.invisibleNote(r.argument, at.column() + written.codePointCount(0, index));
  }

  /** What stands between the braces of a reference as written. */
  private static String inner(ReferenceNode r) {
    String written = r.getChars().toString();
    return written.replaceFirst("^\\{+", "").replaceFirst("}+$", "");
  }

  private String fact(ReferenceNode r, SourcePosition at) {
    CheckedFact checked = content.facts().get(r.argument);
    Fact f = checked != null ? checked.fact() : content.uncheckedFacts().get(r.argument);
    if (f == null) {
      diagnostics.error(
          "unknown-fact",
          at,
          "there is no fact '" + r.argument + "'" + invisibleNote(r, at),
          DidYouMean.hint(r.argument, content.factIds(), "define it in content/facts/"));
      return "";
    }
    if (r.format != null && !ValueFormatter.FORMATS.contains(r.format)) {
      diagnostics.error(
          "unknown-format",
          at,
          "'" + r.format + "' is not a number format",
          DidYouMean.hint(
              r.format,
              ValueFormatter.FORMATS,
              "formats are " + String.join(", ", ValueFormatter.FORMATS)));
      return "";
    }
    if ("percent".equals(r.format) && !ValueFormatter.takesPercent(f.unit())) {
      diagnostics.error(
          "format-not-for-unit",
          at,
          "fact '" + f.id() + "' counts " + f.unit() + ", which cannot be shown as a percentage",
          "use the percent format for a fact with " + "`unit: percent`, or a ratio without a unit");
      return "";
    }
    if (checked == null) return ""; // it failed its own checks, which were reported
    BigDecimal v = checked.value();
    facts.add(f.id());
    String text =
        r.format == null
            ? values.format(v, f.unit(), checked.approximate())
            : values.format(v, f.unit(), checked.approximate(), r.format);
    return markup.value(new Markup.Value(v.toPlainString(), text)) + factMarkers(checked);
  }

  private String factMarkers(CheckedFact f) {
    List<PageNotes.Marker> markers = new ArrayList<>();
    if (f.fact().isDerived()) {
      PageNotes.Marker m = notes.cite(PageNotes.Kind.CALCULATION, f.id());
      markers.add(m);
      for (String s : f.sources()) {
        sources.add(s);
        notes.citeFromNote(PageNotes.Kind.SOURCE, s, m.note());
      }
    } else {
      for (String s : f.sources()) {
        sources.add(s);
        markers.add(notes.cite(PageNotes.Kind.SOURCE, s));
      }
      // A corrected figure says so in a note of its own, where the reader meets it.
      if (f.fact().history().stream().anyMatch(e -> e.kind() == HistoryEntry.Kind.CORRECTION))
        markers.add(notes.cite(PageNotes.Kind.CORRECTION, f.id()));
    }
    return sup(markers);
  }

  private String cite(String id, SourcePosition at) {
    if (!content.sources().containsKey(id)) {
      diagnostics.error(
          "unknown-source",
          at,
          "there is no source '" + id + "'",
          DidYouMean.hint(id, content.sources().keySet(), "add it to content/sources.yaml"));
      return "";
    }
    sources.add(id);
    return sup(List.of(notes.cite(PageNotes.Kind.SOURCE, id)));
  }

  private String chart(ReferenceNode r, SourcePosition at) {
    diagnostics.error(
        "chart-not-alone",
        at,
        "{{chart:" + r.argument + "}} must stand on a line " + "of its own",
        "put a blank line before and after it; a figure cannot sit inside a sentence");
    return "";
  }

  private String figure(ChartBlock b) {
    CheckedChart c = content.charts().get(b.chartId);
    if (c == null && content.uncheckedCharts().contains(b.chartId)) return ""; // reported
    if (c == null) {
      diagnostics.error(
          "unknown-chart",
          positions.at(b.getStartOffset()),
          "there is no chart '" + b.chartId + "'",
          DidYouMean.hint(b.chartId, content.charts().keySet(), "define it in content/charts/"));
      return "";
    }
    int shown = chartsShown.merge(c.id(), 1, Integer::sum);
    charts.add(c.id());
    sources.addAll(c.sources());
    return figures.html(c, notes, root, FigureHtml.Place.NARRATIVE, shown);
  }

  private String footnote(Footnote f) {
    FootnoteBlock block = f.getFootnoteBlock();
    if (block == null) {
      diagnostics.error(
          "unknown-footnote",
          positions.at(f.getStartOffset()),
          "footnote [^" + f.getText() + "] is never written out",
          "add a line `[^" + f.getText() + "]: …` below");
      return "";
    }
    footnotes.put(f.getText().toString(), block);
    return sup(List.of(notes.cite(PageNotes.Kind.FOOTNOTE, f.getText().toString())));
  }

  private String sup(List<PageNotes.Marker> markers) {
    return PageNotes.html(markers, markup);
  }
}
