package org.sourcebrief.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.Html;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * The notes that end a page ("Sources"): each note in number order, with links back to every place
 * that cites it. The theme's notes partial writes them.
 */
final class NotesSection {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final CheckedContent content;
  private final PathPlan paths;
  private final Citations citations;
  private final HtmlRenderer renderer;
  private final Markup markup;

  NotesSection(CheckedContent content, Citations citations, HtmlRenderer renderer, Markup markup) {
    this.content = content;
    this.paths = content.paths();
    this.citations = citations;
    this.renderer = renderer;
    this.markup = markup;
  }

  String html(
      List<PageNotes.Note> notes,
      Map<String, FootnoteBlock> footnotes,
      PageNotes pageNotes,
      String root) {
    if (notes.isEmpty()) return "";
    List<Markup.Note> out = new ArrayList<>();
    for (PageNotes.Note n : notes) out.add(note(n, footnotes, pageNotes, root));
    return markup.notes(out);
  }

  private Markup.Note note(
      PageNotes.Note n, Map<String, FootnoteBlock> footnotes, PageNotes pageNotes, String root) {
    List<String> backs = List.copyOf(n.citedFrom());
    return switch (n.kind()) {
      case SOURCE ->
          new Markup.Note(
              n.id(),
              n.number(),
              "source",
              citations.html(content.sources().get(n.key())),
              List.of(),
              List.of(),
              backs);
      case CALCULATION -> calculation(n, content.facts().get(n.key()), pageNotes, root, backs);
      case CORRECTION ->
          new Markup.Note(
              n.id(),
              n.number(),
              "correction",
              correction(content.facts().get(n.key()).fact()),
              List.of(),
              List.of(),
              backs);
      case FOOTNOTE ->
          new Markup.Note(
              n.id(),
              n.number(),
              "footnote",
              footnote(footnotes.get(n.key())),
              List.of(),
              List.of(),
              backs);
    };
  }

  /** "Calculated from A − B. Sources: 1, 2.": each input linked to the fact index. */
  private Markup.Note calculation(
      PageNotes.Note n, CheckedFact c, PageNotes pageNotes, String root, List<String> backs) {
    Fact f = c.fact();
    List<Markup.FormulaPart> parts = new ArrayList<>();
    String formula = f.derive().text();
    Matcher m = ID.matcher(formula);
    int last = 0;
    while (m.find()) {
      parts.add(operators(formula.substring(last, m.start())));
      Fact in = content.fact(m.group()).map(CheckedFact::fact).orElse(null);
      parts.add(
          in == null
              ? new Markup.FormulaPart(m.group(), "")
              : new Markup.FormulaPart(in.label(), paths.fact(root, in.id())));
      last = m.end();
    }
    parts.add(operators(formula.substring(last)));
    List<Markup.Marker> sources =
        c.sources().stream()
            .map(s -> pageNotes.find(PageNotes.Kind.SOURCE, s))
            .map(x -> new Markup.Marker("", x.id(), x.number()))
            .toList();
    return new Markup.Note(n.id(), n.number(), "calculation", "", parts, sources, backs);
  }

  private static Markup.FormulaPart operators(String s) {
    return new Markup.FormulaPart(s.replace("-", "−").replace("*", "×").replace("/", "÷"), "");
  }

  /** Each correction of a fact, oldest first, as the note's escaped text. */
  private String correction(Fact f) {
    return f.history().stream()
        .filter(e -> e.kind() == HistoryEntry.Kind.CORRECTION)
        .map(e -> Html.escape(citations.change(f, e)))
        .collect(java.util.stream.Collectors.joining(" "));
  }

  private String footnote(FootnoteBlock block) {
    StringBuilder out = new StringBuilder();
    for (Node c = block.getFirstChild(); c != null; c = c.getNext()) out.append(renderer.render(c));
    return out.toString().strip();
  }
}
