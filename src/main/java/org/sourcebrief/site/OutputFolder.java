package org.sourcebrief.site;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Decides whether a folder may receive a site. A build replaces its output folder as a whole, so it
 * only ever replaces a folder that is missing, empty, or marked as one it made, and never one that
 * holds the folder it runs from, the home folder, the content or the templates.
 */
public final class OutputFolder {
  /** The file every written site carries, so that the next build knows the folder is its own. */
  public static final String MARKER = ".sourcebrief-site";

  static final byte[] MARKER_TEXT =
      ("This folder is a website built by Sourcebrief. Each build replaces all of it,\n"
              + "so keep nothing else here.\n")
          .getBytes(StandardCharsets.UTF_8);

  private static final LinkOption NOFOLLOW = LinkOption.NOFOLLOW_LINKS;
  private static final String CHOOSE =
      "choose a folder of its own for the site with --out, for example --out site-out";

  private OutputFolder() {}

  /**
   * Throws, changing nothing, when {@code out} may not or cannot be replaced by a new site. {@code
   * content} and {@code templates} (either may be null) are never replaced, nor any folder holding
   * them.
   */
  public static void check(Path out, Path content, Path templates) throws OutputFolderException {
    Map<Path, String> kept = new LinkedHashMap<>();
    kept.put(Path.of(""), "the folder Sourcebrief runs from");
    kept.put(Path.of(System.getProperty("user.home")), "your home folder");
    if (content != null) kept.put(content, "the content folder");
    if (templates != null) kept.put(templates, "the templates folder");
    check(out, kept);
  }

  /** {@code kept}: folders that must survive, each with its name for the message. */
  static void check(Path out, Map<Path, String> kept) throws OutputFolderException {
    String shown = "the output folder '" + shown(out) + "'";
    Path target = out.toAbsolutePath().normalize();
    if (target.getParent() == null)
      throw new OutputFolderException(shown + " is the root of the file system", CHOOSE);
    if (Files.isSymbolicLink(target)) {
      throw new OutputFolderException(
          shown + " is a symbolic link" + linkTarget(target),
          "a build replaces its output folder as a whole and does not follow a link there: pass"
              + " the folder the link points to with --out, or remove the link");
    }
    Path real = real(target);
    for (Map.Entry<Path, String> k : kept.entrySet()) {
      Path place = real(k.getKey().toAbsolutePath().normalize());
      if (place.equals(real))
        throw new OutputFolderException(shown + " is " + k.getValue(), CHOOSE);
      if (place.startsWith(real)) {
        throw new OutputFolderException(
            shown + " holds " + k.getValue() + " (" + place + ")", CHOOSE);
      }
    }
    if (Files.exists(target, NOFOLLOW)) checkExisting(shown, target);
    else checkCreatable(shown, target);
  }

  private static void checkExisting(String shown, Path target) throws OutputFolderException {
    if (!Files.isDirectory(target, NOFOLLOW)) {
      throw new OutputFolderException(
          shown + " is a file, not a folder", CHOOSE + ", or move the file away");
    }
    List<String> names = names(target);
    if (!names.isEmpty() && !Files.isRegularFile(target.resolve(MARKER), NOFOLLOW)) {
      throw new OutputFolderException(
          shown + " holds files Sourcebrief did not write: " + listed(names),
          "a build replaces its output folder as a whole, so it only replaces a folder it made"
              + " itself (one holding a "
              + MARKER
              + " file): "
              + CHOOSE
              + ", or empty this folder. A site built by an earlier version of Sourcebrief has no"
              + " such file: delete that folder once");
    }
    requireWritable(shown, target.getParent(), "chmod u+w");
    for (Path folder : folders(target)) requireWritable(shown, folder, "chmod -R u+w");
  }

  private static void checkCreatable(String shown, Path target) throws OutputFolderException {
    Path existing = target.getParent();
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return; // nothing exists to protect; creating it will say why it fails
    if (!Files.isDirectory(existing)) {
      throw new OutputFolderException(
          shown + " cannot be created: " + existing + " is a file, not a folder", CHOOSE);
    }
    requireWritable(shown, existing, "chmod u+w");
  }

  private static void requireWritable(String shown, Path folder, String chmod)
      throws OutputFolderException {
    if (Files.isWritable(folder)) return;
    throw new OutputFolderException(
        shown + " cannot be written: the folder " + folder + " is not writable (read-only)",
        "make it writable (for example "
            + chmod
            + " '"
            + folder
            + "'), or choose a folder you can write to with --out");
  }

  /** The entries directly in {@code dir}, sorted, folders with a trailing slash. */
  private static List<String> names(Path dir) throws OutputFolderException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.map(p -> p.getFileName() + (Files.isDirectory(p, NOFOLLOW) ? "/" : ""))
          .sorted()
          .toList();
    } catch (IOException e) {
      throw unreadable(dir);
    }
  }

  /** Every folder in {@code dir}, itself included: removing the old site needs each writable. */
  private static List<Path> folders(Path dir) throws OutputFolderException {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(p -> Files.isDirectory(p, NOFOLLOW)).toList();
    } catch (IOException | java.io.UncheckedIOException e) {
      throw unreadable(dir);
    }
  }

  private static OutputFolderException unreadable(Path dir) {
    return new OutputFolderException(
        "the output folder " + dir + " cannot be read",
        "make it readable, or choose another folder with --out");
  }

  private static String listed(List<String> names) {
    int shownCount = Math.min(names.size(), 5);
    String list = String.join(", ", names.subList(0, shownCount));
    return names.size() > shownCount
        ? list + " and " + (names.size() - shownCount) + " more"
        : list;
  }

  private static String linkTarget(Path link) {
    try {
      return " to " + Files.readSymbolicLink(link);
    } catch (IOException e) {
      return "";
    }
  }

  /** The path with every link resolved, for the parts that exist. */
  private static Path real(Path absolute) {
    Path existing = absolute;
    while (existing != null && !Files.exists(existing)) existing = existing.getParent();
    if (existing == null) return absolute;
    try {
      return existing.toRealPath().resolve(existing.relativize(absolute));
    } catch (IOException e) {
      return absolute;
    }
  }

  private static String shown(Path p) {
    String s = p.toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
