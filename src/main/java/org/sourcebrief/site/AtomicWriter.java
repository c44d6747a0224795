package org.sourcebrief.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Writes a finished site into a fresh hidden folder beside the output folder, then renames it into
 * place, so readers and editors never see a half-written site and a failed build changes nothing.
 * It replaces only a folder that {@link OutputFolder} allows, and marks every site it writes.
 */
public final class AtomicWriter {
  private static final Set<PosixFilePermission> FOLDER =
      PosixFilePermissions.fromString("rwxr-xr-x");
  private static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-r--r--");

  private AtomicWriter() {}

  /**
   * Replaces {@code out} with exactly {@code files} and the marker. Throws {@link
   * OutputFolderException}, changing nothing, when the folder may not or cannot be replaced.
   */
  public static void write(Path out, SortedMap<String, byte[]> files) throws IOException {
    try (Staging staging = begin(out)) {
      staging.finish(files);
    }
  }

  /**
   * Starts a new site beside {@code out}: files put into it go straight to disk, so a large site
   * need not be held in memory whole. Nothing is visible at {@code out} until {@link
   * Staging#finish}; closing an unfinished staging deletes it.
   */
  public static Staging begin(Path out) throws IOException {
    OutputFolder.check(out, null, null);
    Path target = out.toAbsolutePath().normalize();
    try {
      Files.createDirectories(target.getParent());
      Leftovers.remove(target);
      Path fresh = Leftovers.create(target, "new");
      Staging staging = new Staging(out, target, fresh, Unchanged.in(target));
      try {
        writeFile(fresh, OutputFolder.MARKER, OutputFolder.MARKER_TEXT);
        permit(fresh, FOLDER);
      } catch (IOException e) {
        staging.close();
        throw e;
      }
      return staging;
    } catch (FileSystemException e) {
      throw notWritten(out, e);
    }
  }

  /** A site being written beside the output folder, swapped in whole when finished. */
  public static final class Staging implements AutoCloseable {
    private final Path out;
    private final Path target;
    private final Path fresh;
    private final Unchanged unchanged;
    private boolean finished;

    private Staging(Path out, Path target, Path fresh, Unchanged unchanged) {
      this.out = out;
      this.target = target;
      this.fresh = fresh;
      this.unchanged = unchanged;
    }

    /** Writes one file of the new site now; safe to call from many threads. */
    public void put(String name, byte[] bytes) throws IOException {
      try {
        Path p = inside(fresh, name);
        Path dir = p.getParent();
        if (!Files.isDirectory(dir)) {
          Files.createDirectories(dir);
          for (Path d = dir; !d.equals(fresh); d = d.getParent()) permit(d, FOLDER);
        }
        place(fresh, name, bytes, unchanged);
      } catch (FileSystemException e) {
        throw notWritten(out, e);
      }
    }

    /** Writes {@code files} beside those already put, then swaps the new site into place. */
    public void finish(SortedMap<String, byte[]> files) throws IOException {
      try {
        writeAll(fresh, files, unchanged);
        swap(fresh, target);
        finished = true;
      } catch (FileSystemException e) {
        throw notWritten(out, e);
      }
    }

    /** Deletes what is left of the new folder: all of it, unless it was swapped in. */
    @Override
    public void close() throws IOException {
      if (!finished || Files.exists(fresh, LinkOption.NOFOLLOW_LINKS)) deleteTree(fresh);
    }
  }

  private static OutputFolderException notWritten(Path out, FileSystemException e) {
    return new OutputFolderException(
        "the site could not be written to '" + out + "': " + FileProblem.describe(e),
        "nothing was changed; free the space or fix the permission, or choose another folder"
            + " with --out");
  }

  /** The path of {@code name} inside {@code fresh}; refused if it would lead outside. */
  private static Path inside(Path fresh, String name) throws IOException {
    Path p = fresh.resolve(name).normalize();
    if (!p.startsWith(fresh) || name.isEmpty() || p.equals(fresh)) {
      throw new IOException("refusing to write outside the site: " + name);
    }
    return p;
  }

  /** The site's files plus the marker that tells the next build the folder is its own. */
  static SortedMap<String, byte[]> withMarker(SortedMap<String, byte[]> files) {
    SortedMap<String, byte[]> all = new TreeMap<>(files);
    all.put(OutputFolder.MARKER, OutputFolder.MARKER_TEXT);
    return all;
  }

  /**
   * Writes the marker first, so a folder left by an interrupted build is recognisable as ours, then
   * the folders, then the files in parallel; folders 0755 and files 0644 where the file system has
   * POSIX permissions, whatever the umask, as web servers expect.
   */
  private static void writeAll(Path fresh, SortedMap<String, byte[]> files, Unchanged unchanged)
      throws IOException {
    for (String name : files.keySet()) inside(fresh, name);
    writeFile(fresh, OutputFolder.MARKER, OutputFolder.MARKER_TEXT);
    permit(fresh, FOLDER);
    for (String folder :
        new TreeSet<>(files.keySet().stream().map(AtomicWriter::parentOf).toList())) {
      if (folder.isEmpty()) continue;
      Path dir = Files.createDirectories(fresh.resolve(folder));
      for (Path p = dir; !p.equals(fresh); p = p.getParent()) permit(p, FOLDER);
    }
    try {
      files.entrySet().parallelStream()
          .forEach(
              f -> {
                try {
                  place(fresh, f.getKey(), f.getValue(), unchanged);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Puts a file into the new site: a second name for the same file of the site in place when its
   * bytes are the same (nothing is written, and a server or a sync tool sees it unchanged), else
   * the bytes written anew.
   */
  private static void place(Path fresh, String name, byte[] bytes, Unchanged unchanged)
      throws IOException {
    if (!unchanged.link(fresh.resolve(name), name, bytes)) writeFile(fresh, name, bytes);
  }

  private static void writeFile(Path fresh, String name, byte[] bytes) throws IOException {
    Path p = Files.write(fresh.resolve(name), bytes);
    permit(p, FILE);
  }

  private static String parentOf(String name) {
    int slash = name.lastIndexOf('/');
    return slash < 0 ? "" : name.substring(0, slash);
  }

  private static void permit(Path p, Set<PosixFilePermission> permissions) throws IOException {
    if (p.getFileSystem().supportedFileAttributeViews().contains("posix")) {
      Files.setPosixFilePermissions(p, permissions);
    }
  }

  /**
   * A missing or empty output folder is replaced by one atomic rename. An existing site takes two
   * renames, one right after the other (Java offers no atomic exchange of two folders): the old
   * site moves aside, the new one into place. Between them the output folder is missing for an
   * instant; it never holds a mix of both. The old site is then deleted; should that fail, it stays
   * aside, marked, and the next build removes it.
   */
  private static void swap(Path fresh, Path target) throws IOException {
    if (!Files.exists(target) || isEmptyFolder(target)) {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
      return;
    }
    Path old = Leftovers.name(target, "old");
    Files.move(target, old, StandardCopyOption.ATOMIC_MOVE);
    try {
      Files.move(fresh, target, StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      Files.move(old, target, StandardCopyOption.ATOMIC_MOVE);
      throw e;
    }
    try {
      deleteTree(old);
    } catch (IOException e) {
      // The new site is in place; the old one stays aside, marked, for the next build to remove.
    }
  }

  private static boolean isEmptyFolder(Path p) throws IOException {
    if (!Files.isDirectory(p)) return false;
    try (Stream<Path> s = Files.list(p)) {
      return s.findAny().isEmpty();
    }
  }

  /**
   * Deletes a folder and what it holds; links are deleted, never followed. The marker goes last, so
   * a deletion cut short leaves a folder the next build still recognises as its own.
   */
  static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return;
    Path marker = p.resolve(OutputFolder.MARKER);
    try (Stream<Path> s = Files.walk(p)) {
      for (Path x : s.sorted(Comparator.reverseOrder()).toList()) {
        if (!x.equals(marker) && !x.equals(p)) Files.delete(x);
      }
    }
    Files.deleteIfExists(marker);
    Files.delete(p);
  }
}
