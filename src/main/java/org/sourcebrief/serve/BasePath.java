package org.sourcebrief.serve;

import java.io.IOException;
import java.net.URI;
import java.util.Optional;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigLoader;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.site.BuildOptions;

/**
 * The path the site is published under ("/afghan-returns/" for
 * https://example.github.io/afghan-returns/), from --base-url or site.yaml, so the preview serves
 * the site at the same path and relative links behave as they will on GitHub Pages.
 */
final class BasePath {
  private BasePath() {}

  /** "/" when no base URL can be read; the build reports why. */
  static String of(BuildOptions options) throws IOException {
    Optional<String> url =
        options.baseUrl() != null
            ? SiteConfigLoader.normalizeBaseUrl(options.baseUrl())
            : new SiteConfigLoader(new Diagnostics(), new SourceTexts())
                .load(options.content().resolve("site.yaml"), "site.yaml")
                .map(SiteConfig::baseUrl);
    return url.map(BasePath::pathOf).orElse("/");
  }

  static String pathOf(String url) {
    try {
      String path = URI.create(url).getPath();
      if (path == null || path.isEmpty()) return "/";
      return path.endsWith("/") ? path : path + "/";
    } catch (IllegalArgumentException e) {
      return "/";
    }
  }
}
