package org.sourcebrief.validate;

import java.util.List;
import java.util.Set;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.content.Ref;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;

/** Rule: a narrative's `image:` names a chart and its `headline:` a fact, for its share card. */
final class ShareFigures {
  private ShareFigures() {}

  /** {@code unchecked} charts exist but failed their own checks: they are not reported again. */
  static void check(
      List<Narrative> narratives,
      Set<String> facts,
      Set<String> charts,
      Set<String> unchecked,
      Diagnostics d) {
    for (Narrative n : narratives) {
      if (n.image() == null || !unchecked.contains(n.image().id())) {
        known(n.image(), charts, "unknown-chart", "chart", "content/charts/", d);
      }
      known(n.headline(), facts, "unknown-fact", "fact", "content/facts/", d);
    }
  }

  private static void known(
      Ref r, Set<String> ids, String code, String kind, String folder, Diagnostics d) {
    if (r == null || ids.contains(r.id())) return;
    d.error(
        code,
        r.position(),
        "there is no " + kind + " '" + r.id() + "' for the share card",
        DidYouMean.hint(r.id(), ids, "define it in " + folder + ", or fix the id"));
  }
}
