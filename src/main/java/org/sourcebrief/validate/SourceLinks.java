package org.sourcebrief.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.Ref;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;

/** Rule: every source a fact names exists, and every `via` names an existing source. */
final class SourceLinks {
  private SourceLinks() {}

  /** The existing sources of each stated fact, in the order written. */
  static Map<String, List<String>> check(
      List<Fact> all,
      Map<String, Fact> facts,
      Map<String, Source> sources,
      Diagnostics diagnostics) {
    for (Fact f : all) {
      for (Ref r : f.sources()) known(r, sources, diagnostics, "fact '" + f.id() + "'");
    }
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Fact f : facts.values()) {
      if (f.isDerived()) continue;
      out.put(
          f.id(),
          f.sources().stream().map(Ref::id).filter(sources::containsKey).distinct().toList());
    }
    for (Source s : sources.values()) {
      s.viaRef().ifPresent(v -> known(v, sources, diagnostics, "source '" + s.id() + "' via"));
    }
    return out;
  }

  private static void known(Ref r, Map<String, Source> sources, Diagnostics d, String who) {
    if (sources.containsKey(r.id())) return;
    d.error(
        "unknown-source",
        r.position(),
        who + " names source '" + r.id() + "', which does not exist",
        DidYouMean.hint(r.id(), sources.keySet(), "add it to content/sources.yaml, or fix the id"));
  }
}
