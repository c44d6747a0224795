package org.sourcebrief.config;

import java.util.List;
import java.util.Locale;
import java.util.Set;

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
    String cname) {

  private static final Set<String> RTL =
      Set.of("ar", "fa", "ps", "ur", "he", "dv", "ckb", "sd", "ug", "yi", "prs");

  /** The text direction of the site's language: "rtl" for Dari, Pashto, Urdu, Arabic…. */
  public String direction() {
    String primary = language.split("-")[0].toLowerCase(Locale.ROOT);
    return RTL.contains(primary) ? "rtl" : "ltr";
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
        cname);
  }
}
