package org.sourcebrief.config;

import java.util.List;
import java.util.Locale;
import org.sourcebrief.text.Direction;

/**
 * The settings of one site. {@code baseUrl} always ends with a slash; {@code basePath} is its path
 * ("/afghan-returns/").
 */
public record SiteConfig(
    String title,
    String description,
    String baseUrl,
    String language,
    Locale locale,
    int staleAfterDays,
    boolean allowHtml,
    List<String> lintAllow,
    List<SiteConfigRef> headlineFacts,
    String cname,
    List<SiteLanguage> languages,
    String prefix,
    Attribution attribution) {

  /** A site in one language; {@code languages} then holds that one. */
  public SiteConfig(
      String title,
      String description,
      String baseUrl,
      String language,
      Locale locale,
      int staleAfterDays,
      boolean allowHtml,
      List<String> lintAllow,
      List<SiteConfigRef> headlineFacts,
      String cname) {
    this(
        title,
        description,
        baseUrl,
        language,
        locale,
        staleAfterDays,
        allowHtml,
        lintAllow,
        headlineFacts,
        cname,
        List.of(new SiteLanguage(language, locale, null, null, null)),
        "",
        Attribution.none());
  }

  public SiteConfig {
    languages = List.copyOf(languages);
    if (attribution == null) attribution = Attribution.none();
  }

  /** The language the site is published in first, at the root of the site. */
  public SiteLanguage defaultLanguage() {
    return languages.get(0);
  }

  /** Whether these are the settings of the default language (not of a translation). */
  public boolean isDefaultLanguage() {
    return prefix.isEmpty();
  }

  /**
   * The same site as published in {@code l}: its words, locale, title and description (the default
   * language's where it gives none), its pages under "{@code <code>}/" unless it is the default.
   */
  public SiteConfig forLanguage(SiteLanguage l) {
    SiteLanguage first = defaultLanguage();
    boolean isDefault = l.code().equals(first.code());
    return new SiteConfig(
        java.util.Objects.requireNonNullElse(
            l.title(), java.util.Objects.requireNonNullElse(first.title(), title)),
        java.util.Objects.requireNonNullElse(
            l.description(),
            java.util.Objects.requireNonNullElse(first.description(), description)),
        baseUrl,
        l.code(),
        l.locale(),
        staleAfterDays,
        allowHtml,
        lintAllow,
        headlineFacts,
        cname,
        languages,
        isDefault ? "" : l.code() + "/",
        attribution);
  }

  /** The text direction of the site's language: "rtl" for Dari, Pashto, Urdu, Arabic…. */
  public String direction() {
    return isRightToLeft(language) ? "rtl" : "ltr";
  }

  /**
   * The path part of a base URL, "/afghan-returns/" for https://example.github.io/afghan-returns/
   * ("/" when there is none): where the site lives on its host.
   */
  public static String basePath(String baseUrl) {
    try {
      String path = java.net.URI.create(baseUrl).getRawPath();
      if (path == null || path.isEmpty()) return "/";
      return path.endsWith("/") ? path : path + "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }

  /** Whether a language tag ("fa-AF", "ur", "en") is written right to left. */
  public static boolean isRightToLeft(String language) {
    return Direction.isRightToLeft(language);
  }

  /** The same settings published at another address (the --base-url override). */
  public SiteConfig withBaseUrl(String url) {
    return new SiteConfig(
        title,
        description,
        url,
        language,
        locale,
        staleAfterDays,
        allowHtml,
        lintAllow,
        headlineFacts,
        cname,
        languages,
        prefix,
        attribution);
  }

  /**
   * The publisher named in citations of the site's pages: the organisation in this language, or the
   * site's title when site.yaml names no organisation.
   */
  public String organisation() {
    String o = attribution.organisation(language);
    return o == null || o.isBlank() ? title : o;
  }
}
