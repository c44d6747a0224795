package org.sourcebrief.validate;

/**
 * Ids that become file and folder names of the site (a chart's images, a narrative's folder) are
 * kept far below what a file system holds in one name (255 bytes), so the site can always be
 * written, with room left for the extension and a temporary folder's prefix.
 */
final class PathSegments {
  /** Longer than any real slug or id, far shorter than a file name may be. */
  static final int MAX = 100;

  private PathSegments() {}

  static boolean tooLong(String id) {
    return id.length() > MAX;
  }

  /** The start of an over-long id, enough to recognise it in a message. */
  static String shown(String id) {
    return id.length() <= 40 ? id : id.substring(0, 40) + "…";
  }
}
