package org.sourcebrief.content;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/**
 * Reads the {@code translations:} key of a fact, source or chart: a map from language code to the
 * fields it translates. Whether the language is one the site declares is checked later, when the
 * site's languages are known.
 */
final class Translations {
  static final String KEY = "translations";

  private final Diagnostics diagnostics;

  Translations(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /**
   * {@code fields} are the keys a translation may hold; {@code labels} whether it may hold labels.
   */
  List<Translation> read(YamlMapping m, String what, List<String> fields, boolean labels) {
    Optional<YamlNode> node = m.get(KEY);
    if (node.isEmpty()) return List.of();
    YamlMapping byLanguage = node.get().mapping("translations of " + what);
    if (byLanguage == null) return List.of();
    List<Translation> out = new ArrayList<>();
    for (String language : byLanguage.keys()) {
      YamlMapping t = byLanguage.get(language).get().mapping("a translation of " + what);
      if (t == null) continue;
      List<String> allowed = new ArrayList<>(fields);
      if (labels) allowed.add("labels");
      t.allowOnly(allowed, "a translation of " + what);
      Map<String, Translation.Text> texts = new LinkedHashMap<>();
      for (String f : fields) {
        t.string(f)
            .ifPresent(s -> texts.put(f, new Translation.Text(s, t.get(f).get().position())));
      }
      out.add(
          new Translation(
              language,
              byLanguage.keyPosition(language),
              texts,
              labels ? labels(t, what) : Map.of()));
    }
    return List.copyOf(out);
  }

  private Map<String, Translation.Text> labels(YamlMapping t, String what) {
    Map<String, Translation.Text> out = new LinkedHashMap<>();
    Optional<YamlNode> node = t.get("labels");
    if (node.isEmpty()) return out;
    YamlMapping m = node.get().mapping("labels of a translation of " + what);
    if (m == null) return out;
    for (String label : m.keys()) {
      m.string(label).ifPresent(s -> out.put(label, new Translation.Text(s, m.keyPosition(label))));
    }
    return out;
  }
}
