package org.sourcebrief.content;

import java.util.List;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/** Reads the field types the content format shares: dates and references to ids. */
final class Fields {
  private final Diagnostics diagnostics;

  Fields(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** A year, year-month or full date; reports anything else. */
  PartialDate date(YamlMapping m, String key) {
    Optional<YamlNode> v = m.get(key);
    if (v.isEmpty()) return null;
    Optional<PartialDate> d = PartialDate.parse(v.get().scalar());
    if (d.isEmpty()) {
      diagnostics.error(
          "bad-date",
          v.get().position(),
          "'" + key + "' is not a date: '" + v.get().scalar() + "'",
          "write a year (2024), a year and month (2024-11) or a full date (2024-11-15)");
      return null;
    }
    return d.get();
  }

  /** A single id. */
  Ref ref(YamlMapping m, String key) {
    return m.get(key)
        .filter(YamlNode::isScalar)
        .map(n -> new Ref(n.scalar(), n.position()))
        .orElse(null);
  }

  /** One id or a list of ids. */
  List<Ref> refs(YamlMapping m, String key) {
    Optional<YamlNode> v = m.get(key);
    if (v.isEmpty()) return List.of();
    if (v.get().isScalar()) return List.of(new Ref(v.get().scalar(), v.get().position()));
    return v.get().items(key).stream()
        .filter(YamlNode::isScalar)
        .map(n -> new Ref(n.scalar(), n.position()))
        .toList();
  }
}
