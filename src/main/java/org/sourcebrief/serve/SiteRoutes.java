package org.sourcebrief.serve;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;

/**
 * Answers a request from the served state as GitHub Pages would answer it from the published site:
 * the site lives under its base path (and "/" leads there), a folder answers with its index.html, a
 * folder asked for without its trailing slash redirects to it, and anything else gets the site's
 * 404 page with status 404. HTML pages get the overlay and live-reload script.
 */
final class SiteRoutes {
  private SiteRoutes() {}

  static Reply route(URI request, SiteState state) {
    String path = request.getPath() == null ? "/" : request.getPath();
    String query = request.getRawQuery() == null ? "" : "?" + request.getRawQuery();
    String base = state.basePath();
    if (!base.equals("/")
        && (path.equals("/") || path.equals(base.substring(0, base.length() - 1)))) {
      return Reply.redirect(encodePath(base) + query);
    }
    if (!state.built()) return notBuilt(state);
    if (!path.startsWith(base)) return notFound(state);
    String file = path.substring(base.length());
    if (file.isEmpty() || file.endsWith("/")) file += "index.html";
    byte[] body = state.files().get(file);
    if (body != null) return page(200, file, body, state);
    if (state.files().containsKey(file + "/index.html")) {
      return Reply.redirect(request.getRawPath() + "/" + query);
    }
    return notFound(state);
  }

  private static Reply notFound(SiteState state) {
    byte[] page = state.files().get("404.html");
    return page == null ? Reply.text(404, "Not found") : page(404, "404.html", page, state);
  }

  private static Reply page(int status, String file, byte[] body, SiteState state) {
    String type = ContentTypes.of(file);
    if (ContentTypes.isHtml(type))
      body = PageInjector.inject(body, state.overlay(), state.script());
    return new Reply(status, type, null, body);
  }

  /** Before the first good build there is no site to show: a bare page carries the overlay. */
  private static Reply notBuilt(SiteState state) {
    String html =
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>Not built yet · Sourcebrief preview</title>\n</head>\n<body>\n"
            + "<h1>The site has not been built yet</h1>\n"
            + "<p>Fix the problems listed in the terminal and save; this page reloads by itself.</p>\n"
            + "</body>\n</html>\n";
    byte[] body =
        PageInjector.inject(html.getBytes(StandardCharsets.UTF_8), state.overlay(), state.script());
    return new Reply(503, ContentTypes.HTML, null, body);
  }

  /** The base path as it goes in a Location header: percent-encoded, like any URL path. */
  static String encodePath(String path) {
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path; // a base path read from a valid base_url always forms a URI
    }
  }
}
