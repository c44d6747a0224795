package org.sourcebrief.serve;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Watches folders and everything below them, including folders created later, and reports each
 * changed path. Editors' scratch files (hidden files, "file~", ".swp", Emacs "#file#") and the
 * folders given as excluded (the output folder, should it sit inside the content) are ignored. Each
 * root's parent folder is watched too, for the root alone: a root deleted and put back (a whole
 * content folder copied over from elsewhere) is watched again as soon as it reappears.
 */
final class FolderWatcher implements AutoCloseable {
  private static final WatchEvent.Kind<?>[] KINDS = {ENTRY_CREATE, ENTRY_DELETE, ENTRY_MODIFY};
  private static final WatchEvent.Modifier[] SENSITIVITY = sensitivity();

  private final WatchService service;
  private final Map<WatchKey, Path> folders = new ConcurrentHashMap<>();

  /** The parents of the roots, watched only for a root appearing or going away. */
  private final Map<WatchKey, Path> parents = new ConcurrentHashMap<>();

  /** Each root as given, by its absolute path. */
  private final Map<Path, Path> roots = new ConcurrentHashMap<>();

  private final List<Path> excluded;
  private final Consumer<Path> onChange;
  private final Thread thread;

  /** Starts watching the {@code roots} that exist; a missing root is skipped. */
  FolderWatcher(List<Path> roots, List<Path> excluded, Consumer<Path> onChange) throws IOException {
    this.service = roots.isEmpty() ? null : roots.get(0).getFileSystem().newWatchService();
    this.excluded = excluded.stream().map(p -> p.toAbsolutePath().normalize()).toList();
    this.onChange = onChange;
    for (Path root : roots) {
      watchParent(root);
      if (Files.isDirectory(root)) registerTree(root);
    }
    this.thread = Threads.daemon("sourcebrief-watch").newThread(this::loop);
    if (service != null) thread.start();
  }

  int folderCount() {
    return folders.size();
  }

  boolean running() {
    return thread.isAlive();
  }

  private void watchParent(Path root) throws IOException {
    Path absolute = root.toAbsolutePath().normalize();
    Path parent = absolute.getParent();
    if (service == null || parent == null || !Files.isDirectory(parent)) return;
    roots.put(absolute, root);
    parents.put(parent.register(service, KINDS, SENSITIVITY), parent);
  }

  private void registerTree(Path root) throws IOException {
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs)
              throws IOException {
            if (!dir.equals(root) && ignored(dir)) return FileVisitResult.SKIP_SUBTREE;
            folders.put(dir.register(service, KINDS, SENSITIVITY), dir);
            return FileVisitResult.CONTINUE;
          }

          @Override
          public FileVisitResult visitFileFailed(Path file, IOException e) {
            return FileVisitResult
                .CONTINUE; // deleted while we walked: its parent's event covers it
          }
        });
  }

  private void loop() {
    while (true) {
      WatchKey key;
      try {
        key = service.take();
      } catch (ClosedWatchServiceException | InterruptedException e) {
        return;
      }
      Path folder = folders.get(key);
      Path parent = parents.get(key);
      for (WatchEvent<?> event : key.pollEvents()) {
        if (folder != null) handle(folder, event);
        else if (parent != null) handleParent(parent, event);
      }
      if (!key.reset()) {
        folders.remove(key);
        parents.remove(key);
      }
    }
  }

  private void handle(Path folder, WatchEvent<?> event) {
    if (event.kind() == OVERFLOW) { // events were lost: something changed in this folder
      onChange.accept(folder);
      return;
    }
    Path path = folder.resolve((Path) event.context());
    if (ignored(path)) return;
    if (event.kind() == ENTRY_CREATE && Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
      try {
        registerTree(path); // before reporting, so files written into it next are seen too
      } catch (IOException | ClosedWatchServiceException e) {
        // gone again, or the watcher is closing; the change below still triggers a rebuild
      }
    }
    onChange.accept(path);
  }

  /** In a root's parent, only the root itself counts: it was deleted, or it is back. */
  private void handleParent(Path parent, WatchEvent<?> event) {
    if (event.kind() == OVERFLOW) {
      for (Path root : roots.values()) {
        reappeared(root);
        onChange.accept(root);
      }
      return;
    }
    Path root = roots.get(parent.resolve((Path) event.context()));
    if (root == null) return;
    if (event.kind() == ENTRY_CREATE) reappeared(root);
    onChange.accept(root);
  }

  private void reappeared(Path root) {
    if (!Files.isDirectory(root, LinkOption.NOFOLLOW_LINKS)) return;
    try {
      registerTree(root); // a folder watched already keeps its key
    } catch (IOException | ClosedWatchServiceException e) {
      // gone again, or the watcher is closing; the change reported still triggers a rebuild
    }
  }

  private boolean ignored(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    if (name.startsWith(".")
        || name.startsWith("#")
        || name.endsWith("~")
        || name.endsWith(".swp")
        || name.endsWith(".swx")) {
      return true;
    }
    Path absolute = path.toAbsolutePath().normalize();
    return excluded.stream().anyMatch(absolute::startsWith);
  }

  /**
   * On macOS the JDK watches by polling, every 10 seconds unless asked for its fastest rate (2 s);
   * Linux and Windows are told by the system at once and ignore this. Newer JDKs deprecate the
   * modifier; without it watching still works, only more slowly on macOS.
   */
  private static WatchEvent.Modifier[] sensitivity() {
    try {
      return new WatchEvent.Modifier[] {com.sun.nio.file.SensitivityWatchEventModifier.HIGH};
    } catch (LinkageError removed) {
      return new WatchEvent.Modifier[0];
    }
  }

  @Override
  public void close() {
    try {
      if (service != null) service.close();
      thread.join(5_000);
    } catch (IOException e) {
      // closing a watch service only fails if it was already closed
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
