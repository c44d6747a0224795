package org.sourcebrief.config;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;

/** Reads site.yaml's {@code organisation}, {@code authors} and {@code topics}. */
final class AttributionLoader {
  /** Author and topic ids become folder names: lower-case words joined by hyphens. */
  static final Pattern ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Diagnostics diagnostics;
  private final Set<String> languages;

  /** {@code languages} are the codes site.yaml declares, for checking translations. */
  AttributionLoader(Diagnostics diagnostics, Set<String> languages) {
    this.diagnostics = diagnostics;
    this.languages = languages;
  }

  /** {@code organisations} are the organisation's names given in the entries of `languages:`. */
  Attribution read(YamlMapping m, Map<String, String> organisations) {
    return new Attribution(
        m.string("organisation").filter(s -> !s.isBlank()).orElse(null),
        organisations,
        authors(m),
        topics(m));
  }

  private List<Author> authors(YamlMapping site) {
    List<Author> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : items(site, "authors")) {
      YamlMapping a = item.mapping("an author in `authors:`");
      if (a == null) continue;
      a.allowOnly(List.of("id", "name", "role", "url", "translations"), "an author");
      Optional<String> id = id(a, "bad-author", "author", seen);
      Optional<String> name =
          a.requireString(
              "name",
              "bad-author",
              item.position(),
              "this author has no name",
              "add `name: \"…\"`: the name shown on the briefings and in citations");
      if (id.isEmpty() || name.isEmpty()) continue;
      out.add(
          new Author(
              id.get(),
              name.get(),
              a.string("role").orElse(""),
              url(a),
              item.position(),
              translations(a, List.of("name", "role"))));
    }
    return out;
  }

  private List<Topic> topics(YamlMapping site) {
    List<Topic> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (YamlNode item : items(site, "topics")) {
      YamlMapping t = item.mapping("a topic in `topics:`");
      if (t == null) continue;
      t.allowOnly(List.of("id", "name", "translations"), "a topic");
      Optional<String> id = id(t, "bad-topic", "topic", seen);
      if (id.isEmpty()) continue;
      String name = t.string("name").filter(s -> !s.isBlank()).orElse(Topic.nameOfId(id.get()));
      Map<String, String> names = new TreeMap<>();
      translations(t, List.of("name")).forEach((l, f) -> names.put(l, f.get("name")));
      out.add(new Topic(id.get(), name, item.position(), names));
    }
    return out;
  }

  private static List<YamlNode> items(YamlMapping m, String key) {
    return m.get(key).map(n -> n.items(key)).orElse(List.of());
  }

  /** The entry's id: present, lower-case words joined by hyphens, and not given twice. */
  private Optional<String> id(YamlMapping m, String code, String what, Set<String> seen) {
    Optional<String> id =
        m.requireString(
            "id",
            code,
            "this " + what + " has no id",
            "add `id: …`, lower-case words joined by hyphens, as briefings name it");
    if (id.isEmpty()) return id;
    if (!ID.matcher(id.get()).matches()) {
      diagnostics.error(
          code,
          m.get("id").get().position(),
          what + " id '" + id.get() + "' may hold only lower-case letters, digits and hyphens",
          "write it like " + ID_EXAMPLE.get(what) + "; the id names the " + what + "'s page");
      return Optional.empty();
    }
    if (!seen.add(id.get())) {
      diagnostics.error(
          code,
          m.get("id").get().position(),
          what + " '" + id.get() + "' is listed twice",
          "list each " + what + " once");
      return Optional.empty();
    }
    return id;
  }

  private static final Map<String, String> ID_EXAMPLE =
      Map.of("author", "research-team", "topic", "legal-status");

  /** An author's web address: a full http(s) address, never a script. */
  private String url(YamlMapping a) {
    Optional<String> url = a.string("url");
    if (url.isEmpty() || WebAddress.isWebAddress(url.get())) return url.orElse(null);
    diagnostics.error(
        "bad-author-url",
        a.get("url").get().position(),
        "author url '" + WebAddress.shown(url.get()) + "' is not a web address",
        WebAddress.isSafeLink(url.get())
            ? "write the full address, starting with https://"
            : "only http:// and https:// addresses are linked; remove the script address");
    return null;
  }

  /** {@code translations:} by declared language code, each with only the {@code fields} given. */
  private Map<String, Map<String, String>> translations(YamlMapping m, List<String> fields) {
    Map<String, Map<String, String>> out = new TreeMap<>();
    YamlMapping all = m.get("translations").map(n -> n.mapping("translations")).orElse(null);
    if (all == null) return out;
    for (String code : all.keys()) {
      if (!languages.contains(code)) {
        diagnostics.error(
            "undeclared-language",
            all.keyPosition(code),
            "site.yaml does not declare the language '" + code + "'",
            "add `- language: " + code + "` to `languages:` in site.yaml, or fix the code");
        continue;
      }
      YamlMapping t = all.get(code).map(n -> n.mapping("a translation")).orElse(null);
      if (t == null) continue;
      t.allowOnly(fields, "a translation");
      Map<String, String> f = new TreeMap<>();
      for (String field : fields) t.string(field).ifPresent(v -> f.put(field, v));
      out.put(code, f);
    }
    return out;
  }
}
