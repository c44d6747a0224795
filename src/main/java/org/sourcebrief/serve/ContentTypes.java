package org.sourcebrief.serve;

import java.util.Locale;
import java.util.Map;

/** The Content-Type of each file a site holds, by file name, as a static host would send it. */
final class ContentTypes {
  static final String HTML = "text/html; charset=utf-8";
  static final String TEXT = "text/plain; charset=utf-8";

  private static final Map<String, String> BY_EXTENSION =
      Map.ofEntries(
          Map.entry("html", HTML),
          Map.entry("css", "text/css; charset=utf-8"),
          Map.entry("js", "text/javascript; charset=utf-8"),
          Map.entry("mjs", "text/javascript; charset=utf-8"),
          Map.entry("json", "application/json"),
          Map.entry("xml", "application/xml; charset=utf-8"),
          Map.entry("csv", "text/csv; charset=utf-8"),
          Map.entry("txt", TEXT),
          Map.entry("svg", "image/svg+xml"),
          Map.entry("png", "image/png"),
          Map.entry("jpg", "image/jpeg"),
          Map.entry("jpeg", "image/jpeg"),
          Map.entry("gif", "image/gif"),
          Map.entry("webp", "image/webp"),
          Map.entry("ico", "image/vnd.microsoft.icon"),
          Map.entry("woff2", "font/woff2"),
          Map.entry("woff", "font/woff"),
          Map.entry("pdf", "application/pdf"),
          Map.entry("webmanifest", "application/manifest+json"));

  private ContentTypes() {}

  /** The type of {@code path}; files without an extension (CNAME, .nojekyll) are plain text. */
  static String of(String path) {
    String name = path.substring(path.lastIndexOf('/') + 1);
    int dot = name.lastIndexOf('.');
    if (dot <= 0) return TEXT;
    String type = BY_EXTENSION.get(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    return type != null ? type : "application/octet-stream";
  }

  static boolean isHtml(String contentType) {
    return contentType.startsWith("text/html");
  }
}
