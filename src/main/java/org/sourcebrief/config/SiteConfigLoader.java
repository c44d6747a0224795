package org.sourcebrief.config;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.diag.Utf8Text;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.yaml.YamlMapping;
import org.sourcebrief.yaml.YamlNode;
import org.sourcebrief.yaml.YamlReader;

/** Reads {@code site.yaml}. Every problem becomes a diagnostic; a usable config comes back. */
public final class SiteConfigLoader {
  static final List<String> KEYS =
      List.of(
          "title",
          "description",
          "base_url",
          "language",
          "locale",
          "stale_after_days",
          "allow_html",
          "lint",
          "headline_facts",
          "cname",
          "languages",
          "organisation",
          "authors",
          "topics");

  private final Diagnostics diagnostics;
  private final SourceTexts texts;
  private final ProjectFiles files;

  /** {@code files} decides whether site.yaml may be read. */
  public SiteConfigLoader(Diagnostics diagnostics, SourceTexts texts, ProjectFiles files) {
    this.diagnostics = diagnostics;
    this.texts = texts;
    this.files = files;
  }

  /** Reads {@code file}, shown to the user as {@code display}. */
  public Optional<SiteConfig> load(Path file, String display) throws IOException {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
      diagnostics.error(
          "site-missing",
          SourcePosition.ofFile(display),
          "the content folder has no site.yaml",
          "create site.yaml with at least `title:` and `base_url:`");
      return Optional.empty();
    }
    if (!files.mayRead(file, display)) return Optional.empty();
    String text = Utf8Text.decode(display, Files.readAllBytes(file), diagnostics);
    int errors = diagnostics.count(Severity.ERROR);
    Optional<YamlNode> root = new YamlReader(diagnostics, texts).read(display, text);
    if (root.isEmpty()) {
      if (diagnostics.count(Severity.ERROR) == errors) {
        diagnostics.error(
            "site-missing-title",
            SourcePosition.ofFile(display),
            "site.yaml is empty",
            "write at least `title: \"…\"` and `base_url: \"https://<org>.github.io/<repo>/\"`");
      }
      return Optional.empty();
    }
    YamlMapping m = root.get().mapping("site.yaml");
    return m == null ? Optional.empty() : Optional.of(read(m));
  }

  private SiteConfig read(YamlMapping m) {
    m.allowOnly(KEYS, "site.yaml");
    String title =
        m.requireString(
                "title", "site-missing-title", "site.yaml has no title", "add `title: \"…\"`")
            .orElse("Untitled");
    String description = m.string("description").orElse("");
    List<SiteLanguage> languages = languages(m);
    SiteLanguage first = languages.get(0);
    return new SiteConfig(
        title,
        description,
        baseUrl(m),
        first.code(),
        first.locale(),
        m.integer("stale_after_days").orElse(365),
        m.bool("allow_html").orElse(false),
        lintAllow(m),
        refs(m, "headline_facts"),
        cname(m),
        languages,
        "",
        attribution(m, languages));
  }

  private Attribution attribution(YamlMapping m, List<SiteLanguage> languages) {
    java.util.Set<String> codes = new java.util.TreeSet<>();
    languages.stream().skip(1).forEach(l -> codes.add(l.code()));
    return new AttributionLoader(diagnostics, codes).read(m, organisations);
  }

  /** The organisation's name in each language whose entry in `languages:` gives one. */
  private final java.util.Map<String, String> organisations = new java.util.TreeMap<>();

  /**
   * The site's languages, the default first: the {@code languages} list, or the one that {@code
   * language} and {@code locale} name (English when neither is written).
   */
  private List<SiteLanguage> languages(YamlMapping m) {
    Optional<YamlNode> list = m.get("languages");
    if (list.isEmpty()) {
      String language = language(m);
      return List.of(new SiteLanguage(language, locale(m, language), null, null, m.position()));
    }
    for (String key : List.of("language", "locale")) {
      m.get(key)
          .ifPresent(
              n ->
                  diagnostics.error(
                      "site-language-twice",
                      n.position(),
                      "site.yaml has both `" + key + ":` and a `languages:` list",
                      "move it into the first entry of `languages:` (the default language)"));
    }
    List<SiteLanguage> out = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (YamlNode item : list.get().items("languages")) {
      YamlMapping l = item.mapping("a language in `languages:`");
      if (l == null) continue;
      l.allowOnly(
          List.of("language", "locale", "title", "description", "organisation"), "a language");
      if (l.get("language").isEmpty()) {
        diagnostics.error(
            "site-missing-language",
            item.position(),
            "this entry of `languages:` names no language",
            "write `- language: fa` (with `locale: fa-AF` if you like)");
        continue;
      }
      int errors = diagnostics.count(Severity.ERROR);
      String code = language(l);
      // A code that is not one is reported once; the entry is left out, not read as English.
      if (diagnostics.count(Severity.ERROR) > errors) continue;
      if (!seen.add(code.toLowerCase(Locale.ROOT))) {
        diagnostics.error(
            "duplicate-language",
            l.get("language").get().position(),
            "language '" + code + "' is declared twice",
            "declare each language once; the first in the list is the default");
        continue;
      }
      l.string("organisation").ifPresent(o -> organisations.put(code, o));
      out.add(
          new SiteLanguage(
              code,
              locale(l, code),
              l.string("title").orElse(null),
              l.string("description").orElse(null),
              item.position()));
    }
    if (out.isEmpty()) {
      diagnostics.error(
          "site-missing-language",
          list.get().position(),
          "`languages:` lists no language",
          "list the default language first: `- language: en`");
      out.add(new SiteLanguage("en", Locale.ENGLISH, null, null, list.get().position()));
    }
    return List.copyOf(out);
  }

  /** A custom domain for GitHub Pages, written to a CNAME file. */
  private String cname(YamlMapping m) {
    Optional<String> c = m.string("cname");
    if (c.isPresent()
        && !c.get()
            .matches("(?i)[a-z0-9]([a-z0-9-]*[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+")) {
      diagnostics.error(
          "bad-cname",
          m.get("cname").get().position(),
          "cname '" + c.get() + "' is not a domain name",
          "write the bare domain, e.g. briefing.example.org");
      return null;
    }
    return c.orElse(null);
  }

  private String baseUrl(YamlMapping m) {
    Optional<String> s =
        m.requireString(
            "base_url",
            "site-missing-base-url",
            "site.yaml has no base_url",
            "add `base_url: \"https://<org>.github.io/<repo>/\"`");
    if (s.isEmpty()) return "http://localhost/";
    return BaseUrl.normalize(s.get())
        .orElseGet(
            () -> {
              diagnostics.error(
                  "bad-base-url",
                  m.get("base_url").get().position(),
                  "base_url '" + s.get() + "' is not an absolute http(s) address",
                  "write the full address, e.g. https://example.github.io/my-briefing/");
              return "http://localhost/";
            });
  }

  private String language(YamlMapping m) {
    String tag = m.string("language").orElse("en");
    try {
      Locale l = new Locale.Builder().setLanguageTag(tag).build();
      if (!knownLanguage(l.getLanguage())) {
        diagnostics.error(
            "bad-language",
            m.get("language").get().position(),
            "'" + tag + "' is not the code of a language",
            codeOfName(tag)
                .map(code -> "write the code of " + tag + ": " + code)
                .orElse(
                    "write an ISO 639 code such as en, fa, ps or ur, with a region if you like:"
                        + " fa-AF"));
        return "en";
      }
      return l.toLanguageTag();
    } catch (IllformedLocaleException e) {
      diagnostics.error(
          "bad-language",
          m.get("language").get().position(),
          "'" + tag + "' is not a language tag",
          "write a BCP 47 tag such as en, fa-AF, ps or ur");
      return "en";
    }
  }

  /**
   * Whether the locale data (CLDR) knows a language by this code: every two-letter ISO 639-1 code,
   * and the three-letter codes it names ("fil", "haw"), so that a page's {@code lang} is one a
   * browser and a screen reader understand.
   */
  static boolean knownLanguage(String code) {
    if (code.length() == 2) return java.util.Arrays.asList(Locale.getISOLanguages()).contains(code);
    return code.length() == 3
        && !new Locale(code).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(code);
  }

  /** The two-letter code of a language written by its English name ("English" → "en"). */
  private static java.util.Optional<String> codeOfName(String name) {
    return java.util.Arrays.stream(Locale.getISOLanguages())
        .filter(c -> new Locale(c).getDisplayLanguage(Locale.ENGLISH).equalsIgnoreCase(name))
        .findFirst();
  }

  private Locale locale(YamlMapping m, String language) {
    String tag = m.string("locale").orElse(language);
    try {
      return new Locale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      diagnostics.error(
          "bad-locale",
          m.get("locale").map(YamlNode::position).orElse(m.position()),
          "'" + tag + "' is not a locale",
          "write a language tag such as en-US, de-DE or fa-AF");
      return Locale.US;
    }
  }

  private List<String> lintAllow(YamlMapping m) {
    List<String> patterns = new ArrayList<>();
    Optional<YamlNode> lint = m.get("lint");
    if (lint.isEmpty()) return patterns;
    YamlMapping l = lint.get().mapping("lint");
    if (l == null) return patterns;
    l.allowOnly(List.of("allow"), "lint");
    for (YamlNode item : l.get("allow").map(n -> n.items("lint.allow")).orElse(List.of())) {
      String p = item.scalar();
      try {
        Pattern.compile(p == null ? "" : p);
        patterns.add(p);
      } catch (PatternSyntaxException e) {
        diagnostics.error(
            "bad-lint-pattern",
            item.position(),
            "lint.allow pattern is not a valid regular expression: " + e.getDescription(),
            "check the brackets and backslashes; quote the pattern in single quotes");
      }
    }
    return patterns;
  }

  private List<SiteConfigRef> refs(YamlMapping m, String key) {
    return m.get(key).map(n -> n.items(key)).orElse(List.of()).stream()
        .filter(n -> n.scalar() != null)
        .map(n -> new SiteConfigRef(n.scalar(), n.position()))
        .toList();
  }

  /**
   * Checks that the string is an absolute http(s) URL that {@link WebAddress} accepts and Java can
   * parse; gives it with a trailing slash.
   */
  static final class BaseUrl {
    private BaseUrl() {}

    static Optional<String> normalize(String url) {
      if (!WebAddress.isWebAddress(url.trim())) return Optional.empty();
      try {
        URI u = new URI(url.trim());
        if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null) {
          return Optional.empty();
        }
        String s = u.toString();
        return Optional.of(s.endsWith("/") ? s : s + "/");
      } catch (URISyntaxException e) {
        return Optional.empty();
      }
    }
  }

  /** Public entry for the --base-url option, which is checked the same way. */
  public static Optional<String> normalizeBaseUrl(String url) {
    return BaseUrl.normalize(url);
  }
}
