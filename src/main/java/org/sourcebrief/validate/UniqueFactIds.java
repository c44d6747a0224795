package org.sourcebrief.validate;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;

/** Rule: a fact id names one fact across the whole site. */
final class UniqueFactIds {
  private UniqueFactIds() {}

  static Map<String, Fact> index(List<Fact> facts, Diagnostics diagnostics) {
    Map<String, Fact> byId = new LinkedHashMap<>();
    for (Fact f : facts) {
      Fact first = byId.putIfAbsent(f.id(), f);
      if (first != null) {
        diagnostics.error(
            "duplicate-fact",
            f.position(),
            "fact id '" + f.id() + "' is used twice",
            "rename one of them; the first is at " + first.position());
      }
    }
    return byId;
  }
}
