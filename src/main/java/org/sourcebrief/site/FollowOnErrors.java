package org.sourcebrief.site;

import java.util.Map;
import java.util.Set;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;

/**
 * When a facts, sources or charts file cannot be read at all, every reference to what it defines
 * would also be reported as unknown. Those follow-on errors hide the one that matters, so they are
 * dropped until the file is fixed.
 */
final class FollowOnErrors {
  private static final Map<String, Set<String>> FOLLOW_ON =
      Map.of(
          "/facts/", Set.of("unknown-fact", "derive-unknown-fact", "chart-unknown-fact"),
          "/sources/", Set.of("unknown-source"),
          "/sources.yaml", Set.of("unknown-source"),
          "/charts/", Set.of("unknown-chart"));

  /** The codes of errors after which a whole file is skipped. */
  private static final Set<String> UNREADABLE =
      Set.of(
          "utf16-text",
          "yaml-syntax",
          "yaml-tab",
          "yaml-too-large",
          "yaml-too-deep",
          "yaml-too-many-aliases",
          "yaml-control-character");

  private FollowOnErrors() {}

  static void drop(Diagnostics diagnostics) {
    for (Diagnostic broken : diagnostics.sorted()) {
      boolean unreadable = UNREADABLE.contains(broken.code());
      if (!unreadable || broken.position() == null) continue;
      FOLLOW_ON.forEach(
          (folder, codes) -> {
            if (broken.position().file().contains(folder)) {
              diagnostics.removeIf(d -> codes.contains(d.code()));
            }
          });
    }
  }
}
