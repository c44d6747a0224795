package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.markdown.Citations;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.DateText;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Every change recorded in the content: each fact's history and each narrative's correction notes,
 * newest first. Gives the Corrections page, a briefing's "Corrections and updates" box, a fact's
 * history in the fact index and the feed's entries.
 */
final class Corrections {
  /**
   * One change. {@code fact} is the fact it changed (null for a narrative's note); {@code
   * narrative} the narrative whose note it is (null for a fact's change); {@code anchor} its id on
   * the Corrections page.
   */
  record Change(
      PartialDate date, String kind, Fact fact, Narrative narrative, String text, String anchor) {}

  private static final Comparator<Change> NEWEST_FIRST =
      Comparator.comparing(Change::date, Comparator.reverseOrder()).thenComparing(Change::anchor);

  private final CheckedContent content;
  private final Citations citations;
  private final Words words;
  private final DateText dates;
  private final PathPlan paths;
  private final List<Change> all;

  Corrections(CheckedContent content, Citations citations, Words words) {
    this.content = content;
    this.citations = citations;
    this.words = words;
    this.dates = new DateText(content.config().locale());
    this.paths = content.paths();
    List<Change> changes = new ArrayList<>();
    for (CheckedFact c : content.facts().values()) changes.addAll(of(c.fact()));
    for (Narrative n : content.narratives()) changes.addAll(of(n));
    changes.sort(NEWEST_FIRST);
    this.all = List.copyOf(changes);
  }

  private List<Change> of(Fact f) {
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < f.history().size(); i++) {
      HistoryEntry e = f.history().get(i);
      out.add(
          new Change(
              e.date(),
              e.kind().word(),
              f,
              null,
              citations.change(f, e),
              "fact-" + f.id() + "-" + (i + 1)));
    }
    return out;
  }

  private List<Change> of(Narrative n) {
    List<Change> out = new ArrayList<>();
    for (int i = 0; i < n.corrections().size(); i++) {
      Narrative.Correction c = n.corrections().get(i);
      out.add(
          new Change(
              c.date(),
              "note",
              null,
              n,
              citations.note(c),
              "page-" + n.slug().id() + "-" + (i + 1)));
    }
    return out;
  }

  List<Change> all() {
    return all;
  }

  /** Every change, as the Corrections page lists it, linked from the page at {@code root}. */
  List<Map<String, Object>> page(String root) {
    return all.stream().map(c -> model(c, root)).toList();
  }

  /**
   * The changes a narrative's readers should know of: to the facts it cites (and the facts those
   * are calculated from) and its own notes, newest first.
   */
  List<Map<String, Object>> forNarrative(Narrative n, Collection<String> cited, String root) {
    Set<String> facts = withInputs(cited);
    return all.stream()
        .filter(c -> c.narrative() == n || (c.fact() != null && facts.contains(c.fact().id())))
        .map(c -> model(c, root))
        .peek(m -> m.put("own", m.get("href").equals(paths.href(root, paths.narrative(n)))))
        .toList();
  }

  /** A fact's own history, newest first, for the fact index. */
  List<Map<String, Object>> forFact(String id) {
    return all.stream()
        .filter(c -> c.fact() != null && c.fact().id().equals(id))
        .map(c -> model(c, ""))
        .toList();
  }

  private Set<String> withInputs(Collection<String> ids) {
    Set<String> out = new LinkedHashSet<>();
    List<String> todo = new ArrayList<>(ids);
    while (!todo.isEmpty()) {
      String id = todo.remove(todo.size() - 1);
      CheckedFact c = content.facts().get(id);
      if (c != null && out.add(id)) todo.addAll(c.inputs());
    }
    return out;
  }

  private Map<String, Object> model(Change c, String root) {
    boolean fact = c.fact() != null;
    return PageModels.map(
        "id",
        c.anchor(),
        "date",
        c.date().toString(),
        "dateText",
        dates.format(c.date()),
        "kind",
        c.kind(),
        "kindText",
        kindText(c.kind()),
        "what",
        fact ? c.fact().label() : c.narrative().title(),
        "href",
        fact ? paths.fact(root, c.fact().id()) : paths.href(root, paths.narrative(c.narrative())),
        "text",
        c.text(),
        "own",
        false,
        "sourceHtml",
        sourceHtml(c));
  }

  /** "Correction", "Update" or "Correction to the text". */
  String kindText(String kind) {
    return switch (kind) {
      case "correction" -> words.get("corrections.kind.correction");
      case "update" -> words.get("corrections.kind.update");
      default -> words.get("corrections.kind.note");
    };
  }

  /** The short credit of the source a change gives for itself, or "". */
  private String sourceHtml(Change c) {
    if (c.fact() == null) return "";
    HistoryEntry e = c.fact().history().get(Integer.parseInt(c.anchor().replaceAll(".*-", "")) - 1);
    if (e.source() == null || !content.sources().containsKey(e.source().id())) return "";
    return citations.credit(content.sources().get(e.source().id()));
  }
}
