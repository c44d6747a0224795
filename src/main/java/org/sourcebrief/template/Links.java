package org.sourcebrief.template;

/**
 * Page addresses. Every page is a folder ("briefings/returns/") holding index.html; links between
 * pages are relative so the site works under any sub-path, and canonical addresses are absolute.
 */
final class Links {
  private Links() {}

  /** The relative way back to the site root from a page folder: "" or "../../". */
  static String root(String folder) {
    int depth = (int) folder.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /** A link from a page (by its root prefix) to another page folder. */
  static String href(String root, String folder) {
    String h = root + folder;
    return h.isEmpty() ? "./" : h;
  }

  static String absolute(String baseUrl, String folder) {
    return baseUrl + folder;
  }
}
