package org.sourcebrief.serve;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import org.sourcebrief.site.BuildOptions;

/**
 * A running {@code sourcebrief serve}: builds the site, serves the last good build on 127.0.0.1
 * under the site's base path, rebuilds whenever a file under the content or templates folder
 * changes, and reloads open pages. Each good build is also written to the output folder, so it
 * always holds what the browser shows, without the preview's script and overlay.
 */
public final class Preview implements AutoCloseable {
  /** How long to wait for more changes after one arrives: editors often save in several writes. */
  static final Duration QUIET = Duration.ofMillis(60);

  /** The longest a change waits while more keep arriving. */
  static final Duration MAX_WAIT = Duration.ofMillis(300);

  private final Rebuilder rebuilder;
  private final FolderWatcher watcher;
  private final Debouncer debouncer;
  private final ReloadEvents events;
  private final SiteServer server;
  private final BuildReport report;
  private final AtomicBoolean closed = new AtomicBoolean();
  private final CountDownLatch stopped = new CountDownLatch(1);

  private Preview(
      Rebuilder rebuilder,
      FolderWatcher watcher,
      Debouncer debouncer,
      ReloadEvents events,
      SiteServer server,
      BuildReport report) {
    this.rebuilder = rebuilder;
    this.watcher = watcher;
    this.debouncer = debouncer;
    this.events = events;
    this.server = server;
    this.report = report;
  }

  /**
   * Builds once and starts serving on {@code port} (0 for any free port; the next free one if it is
   * taken). Progress and diagnostics go to {@code out} and {@code err}.
   */
  public static Preview start(BuildOptions options, int port, PrintWriter out, PrintWriter err)
      throws IOException {
    BuildReport report = new BuildReport(out, err, options.out());
    ReloadEvents events = new ReloadEvents();
    Rebuilder rebuilder = new Rebuilder(options, events, report);
    Debouncer debouncer = new Debouncer(QUIET, MAX_WAIT, rebuilder::rebuild);
    List<Path> watched = watched(options);
    FolderWatcher watcher = null;
    SiteServer server = null;
    try {
      // Watch before the first build, so an edit saved while it runs is not missed.
      watcher = new FolderWatcher(watched, excluded(options), debouncer::changed);
      rebuilder.buildFirst();
      server = SiteServer.start(port, rebuilder::state, events);
    } catch (IOException | RuntimeException e) {
      closeAll(watcher, debouncer, events, server);
      throw e;
    }
    Preview preview = new Preview(rebuilder, watcher, debouncer, events, server, report);
    report.serving(preview.origin(), rebuilder.state().basePath(), port, server.port(), watched);
    return preview;
  }

  /** The address of the site's home page, e.g. http://127.0.0.1:8080/afghan-returns/. */
  public URI address() {
    return URI.create(origin() + SiteRoutes.encodePath(rebuilder.state().basePath()));
  }

  public int port() {
    return server.port();
  }

  /**
   * Serves until Ctrl-C, then stops cleanly: the watcher stops, open pages are disconnected and the
   * port is released. Also returns if the preview is closed some other way.
   */
  public void runUntilStopped() throws InterruptedException {
    Thread hook =
        new Thread(
            () -> {
              close();
              // Ctrl-C ends the JVM with status 130; for the preview it is the normal way to stop.
              Runtime.getRuntime().halt(0);
            },
            "sourcebrief-stop");
    Runtime.getRuntime().addShutdownHook(hook);
    stopped.await();
    try {
      Runtime.getRuntime().removeShutdownHook(hook);
    } catch (IllegalStateException shuttingDown) {
      // the hook is running already
    }
  }

  /** Stops watching, ends the event streams and releases the port. Safe to call twice. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) return;
    closeAll(watcher, debouncer, events, server);
    report.stopped(server.port());
    stopped.countDown();
  }

  private String origin() {
    return "http://" + SiteServer.LOOPBACK.getHostAddress() + ":" + server.port();
  }

  private static List<Path> watched(BuildOptions options) {
    List<Path> folders = new ArrayList<>(List.of(options.content()));
    if (options.templates() != null && Files.isDirectory(options.templates())) {
      folders.add(options.templates());
    }
    return folders;
  }

  /** Folders written by the build itself, in case one sits inside the content folder. */
  private static List<Path> excluded(BuildOptions options) {
    List<Path> folders = new ArrayList<>();
    if (options.out() != null) folders.add(options.out());
    if (options.chartCache() != null) folders.add(options.chartCache());
    return folders;
  }

  private static void closeAll(AutoCloseable... parts) {
    for (AutoCloseable part : parts) {
      try {
        if (part != null) part.close();
      } catch (Exception e) {
        // keep closing the rest; each part releases what it can
      }
    }
  }
}
