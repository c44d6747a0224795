package org.sourcebrief.validate;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.sourcebrief.config.Attribution;
import org.sourcebrief.config.Author;
import org.sourcebrief.config.Topic;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Ref;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;

/**
 * Rule: a narrative's {@code authors} are listed in site.yaml, its {@code topics} are lower-case
 * words joined by hyphens (and listed, when site.yaml lists topics), and its {@code related}
 * briefings exist. Translations take all three from their original, so originals alone are checked.
 */
final class CreditChecks {
  private static final Pattern TOPIC = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Attribution attribution;
  private final Diagnostics diagnostics;

  CreditChecks(Attribution attribution, Diagnostics diagnostics) {
    this.attribution = attribution;
    this.diagnostics = diagnostics;
  }

  /** {@code all} is every narrative loaded, drafts included: a draft may be named as related. */
  void check(List<Narrative> all) {
    Set<String> authors = new TreeSet<>(attribution.authors().stream().map(Author::id).toList());
    Set<String> topics = new TreeSet<>(attribution.topics().stream().map(Topic::id).toList());
    Set<String> briefings = new TreeSet<>();
    all.stream()
        .filter(n -> !n.isTranslation() && n.kind() == Narrative.Kind.BRIEFING)
        .forEach(n -> briefings.add(n.slug().id()));
    for (Narrative n : all) {
      if (n.isTranslation()) continue;
      for (Ref a : n.credit().authors()) author(a, authors);
      for (Ref t : n.credit().topics()) topic(t, topics);
      for (Ref r : n.credit().related()) related(r, briefings);
    }
  }

  private void author(Ref a, Set<String> known) {
    if (known.contains(a.id())) return;
    diagnostics.error(
        "unknown-author",
        a.position(),
        "author '" + a.id() + "' is not in site.yaml's `authors:` list",
        DidYouMean.hint(
            a.id(),
            known,
            known.isEmpty()
                ? "list the author in site.yaml: `authors: [{id: " + a.id() + ", name: \"…\"}]`"
                : "known authors: " + String.join(", ", known)));
  }

  private void topic(Ref t, Set<String> known) {
    if (!TOPIC.matcher(t.id()).matches()) {
      diagnostics.error(
          "bad-topic",
          t.position(),
          "topic '" + t.id() + "' may hold only lower-case letters, digits and hyphens",
          "write it like legal-status; the id names the topic's page");
    } else if (!known.isEmpty() && !known.contains(t.id())) {
      diagnostics.error(
          "unknown-topic",
          t.position(),
          "topic '" + t.id() + "' is not in site.yaml's `topics:` list",
          DidYouMean.hint(
              t.id(), known, "add it to `topics:` in site.yaml, or use one listed there"));
    }
  }

  private void related(Ref r, Set<String> briefings) {
    if (briefings.contains(r.id())) return;
    diagnostics.error(
        "unknown-related",
        r.position(),
        "related briefing '" + r.id() + "' does not exist",
        DidYouMean.hint(
            r.id(), briefings, "write the slug of a briefing: its file name without .md"));
  }
}
