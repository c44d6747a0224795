package org.sourcebrief.site;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files of the site in place that a new build would write again byte for byte. Such a file is
 * given a second name (a hard link) in the new site instead of being written: a rebuild writes only
 * what changed, and the old site's deletion afterwards leaves it in place. Only ordinary files
 * reached through real folders of the site are linked, never through a symbolic link, so the new
 * site never shares a file with anything outside it. Where links cannot be made (a file system
 * without them), every file is written.
 */
final class Unchanged {
  private static final Unchanged NONE = new Unchanged(null);

  private final Path site;
  private final Map<Path, Boolean> realFolders = new ConcurrentHashMap<>();
  private volatile boolean linksWork = true;

  private Unchanged(Path site) {
    this.site = site;
  }

  /** The site at {@code target}, when there is one of ours; else nothing is ever unchanged. */
  static Unchanged in(Path target) {
    if (!Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)
        || !Files.isRegularFile(target.resolve(OutputFolder.MARKER), LinkOption.NOFOLLOW_LINKS)) {
      return NONE;
    }
    try {
      return new Unchanged(target.toRealPath());
    } catch (IOException e) {
      return NONE;
    }
  }

  /**
   * Links {@code to} to the site's file {@code name} if that holds exactly {@code bytes}; false
   * when it does not, or the link could not be made, and the caller writes the bytes.
   */
  boolean link(Path to, String name, byte[] bytes) {
    if (site == null || !linksWork) return false;
    Path old = site.resolve(name).normalize();
    if (!old.startsWith(site) || old.equals(site) || !inRealFolder(old)) return false;
    try {
      if (!Files.isRegularFile(old, LinkOption.NOFOLLOW_LINKS)
          || Files.size(old) != bytes.length
          || !Arrays.equals(Files.readAllBytes(old), bytes)) {
        return false;
      }
      Files.createLink(to, old);
      return true;
    } catch (UnsupportedOperationException e) {
      linksWork = false;
      return false;
    } catch (IOException | SecurityException e) {
      return false;
    }
  }

  /** True when every folder between the site and {@code file} is a real folder, not a link. */
  private boolean inRealFolder(Path file) {
    Path folder = file.getParent();
    return realFolders.computeIfAbsent(
        folder,
        f -> {
          try {
            return f.toRealPath().equals(f);
          } catch (IOException e) {
            return false;
          }
        });
  }
}
