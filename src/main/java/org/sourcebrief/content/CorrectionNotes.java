package org.sourcebrief.content;

import java.util.List;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.yaml.YamlMapping;

/** Reads a narrative's {@code corrections:} front matter: dated notes saying what was put right. */
final class CorrectionNotes {
  private final Diagnostics diagnostics;
  private final Fields fields;

  CorrectionNotes(Diagnostics diagnostics, Fields fields) {
    this.diagnostics = diagnostics;
    this.fields = fields;
  }

  /** The dated correction notes: {@code corrections: [{date: 2025-03-03, text: "…"}]}. */
  List<Narrative.Correction> read(YamlMapping m) {
    if (!m.has("corrections")) return List.of();
    List<Narrative.Correction> out = new java.util.ArrayList<>();
    for (var item : m.get("corrections").get().items("corrections")) {
      YamlMapping c = item.mapping("a correction note");
      if (c == null) continue;
      c.allowOnly(List.of("date", "text"), "a correction note");
      var date = fields.date(c, "date");
      var text = c.string("text").filter(s -> !s.isBlank());
      if (date == null || text.isEmpty()) {
        if (!c.has("date") || text.isEmpty())
          diagnostics.error(
              "correction-note-incomplete",
              c.position(),
              "a correction note needs a `date` and a `text`",
              "write `- { date: 2025-03-03, text: \"An earlier version said …\" }`");
        continue;
      }
      out.add(new Narrative.Correction(c.position(), date, text.get()));
    }
    return List.copyOf(out);
  }
}
