package org.sourcebrief.serve;

import java.util.Arrays;
import java.util.Map;
import java.util.SortedMap;

/**
 * What the preview serves at one moment: the files of the last good build (empty before the first
 * one), the base path they live under ("/afghan-returns/"), the overlay markup for the current
 * diagnostics, whether the latest build failed, and an id that changes whenever any of these does,
 * so open pages know to reload.
 */
record SiteState(
    String buildId,
    SortedMap<String, byte[]> files,
    String basePath,
    String overlay,
    boolean failing) {
  boolean built() {
    return !files.isEmpty();
  }

  /** The script to add to a page served from this state. */
  String script() {
    return LiveReload.script(buildId);
  }

  /** True when a reader would see no difference: same files, base path and overlay. */
  boolean looksLike(SiteState other) {
    return basePath.equals(other.basePath)
        && overlay.equals(other.overlay)
        && sameFiles(files, other.files);
  }

  private static boolean sameFiles(Map<String, byte[]> a, Map<String, byte[]> b) {
    if (!a.keySet().equals(b.keySet())) return false;
    for (Map.Entry<String, byte[]> e : a.entrySet()) {
      if (!Arrays.equals(e.getValue(), b.get(e.getKey()))) return false;
    }
    return true;
  }
}
