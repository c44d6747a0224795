package org.sourcebrief.files;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * Decides whether a path of the user's folders may be read. A file may be read when it is an
 * ordinary file whose real location, once every link is followed, lies inside the content folder or
 * the templates folder. A link leading anywhere else, a link leading nowhere, and a pipe, device or
 * socket are reported by name and never opened, so their contents cannot reach the site or a
 * diagnostic's excerpt, and a pipe cannot stop the build.
 */
public final class ProjectFiles {
  private final Diagnostics diagnostics;
  private final List<Path> roots;

  /** {@code folders}: the content and templates folders as given; a missing one is left out. */
  public ProjectFiles(Diagnostics diagnostics, Path... folders) {
    this.diagnostics = diagnostics;
    this.roots =
        Stream.of(folders)
            .filter(Objects::nonNull)
            .map(ProjectFiles::real)
            .flatMap(Optional::stream)
            .toList();
  }

  /**
   * Whether {@code file} may be read. A missing file gives false quietly; anything else refused is
   * reported against {@code display}, the name the user knows it by.
   */
  public boolean mayRead(Path file, String display) {
    if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS) || !inside(file, display)) return false;
    if (Files.isRegularFile(file)) return true;
    diagnostics.error(
        "not-a-file",
        SourcePosition.ofFile(display),
        "this is not an ordinary file (it is a folder, pipe, device or socket), so it is not read",
        "replace it with an ordinary file, or remove it");
    return false;
  }

  /**
   * The files of {@code folder} whose names {@code wanted} accepts and that may be read, in name
   * order. Folders inside it are skipped; a folder that leads outside is reported once, as a whole.
   */
  public List<Path> list(Path folder, String display, Predicate<String> wanted) throws IOException {
    if (!Files.isDirectory(folder) || !inside(folder, display)) return List.of();
    try (Stream<Path> s = Files.list(folder)) {
      return s.filter(p -> wanted.test(p.getFileName().toString()))
          .filter(p -> !Files.isDirectory(p))
          .sorted()
          .filter(p -> mayRead(p, display + "/" + p.getFileName()))
          .toList();
    }
  }

  /** Whether the real location of {@code p} lies in the content or templates folder. */
  private boolean inside(Path p, String display) {
    Optional<Path> real = real(p);
    if (real.isEmpty()) {
      if (!Files.isSymbolicLink(p)) return true; // not a link: reading it reports the problem
      diagnostics.error(
          "link-broken",
          SourcePosition.ofFile(display),
          "this is a link to a file that does not exist",
          "point the link at an existing file inside the content folder, or remove it");
      return false;
    }
    if (roots.stream().anyMatch(real.get()::startsWith)) return true;
    diagnostics.error(
        "link-outside-project",
        SourcePosition.ofFile(display),
        "this is a link leading outside the content and templates folders; it is not followed",
        "copy the file into the content (or templates) folder instead of linking to it");
    return false;
  }

  private static Optional<Path> real(Path p) {
    try {
      return Optional.of(p.toRealPath());
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
