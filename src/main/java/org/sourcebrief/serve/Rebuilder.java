package org.sourcebrief.serve;

import java.io.IOException;
import java.util.Collections;
import java.util.SortedMap;
import java.util.concurrent.ThreadLocalRandom;
import org.sourcebrief.site.AtomicWriter;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;

/**
 * Runs the builds of one preview in the same warm process, one at a time, and publishes each
 * outcome: a good build replaces the served files; a failed one keeps the last good files and
 * changes only the overlay. Open pages are told to reload first; the output folder is written
 * after, so writing never delays the browser.
 */
final class Rebuilder {
  /** Kept for the life of the preview: unchanged pages are not rendered again. */
  private final SiteBuilder builder = SiteBuilder.forRebuilds();

  private final BuildOptions options;
  private final ReloadEvents events;
  private final BuildReport report;

  /** Build ids differ between runs, so a page reconnecting to a restarted preview reloads. */
  private final String run = Long.toString(ThreadLocalRandom.current().nextLong() >>> 1, 36);

  private int generation;
  private volatile SiteState state;

  Rebuilder(BuildOptions options, ReloadEvents events, BuildReport report) {
    this.options = options;
    this.events = events;
    this.report = report;
  }

  SiteState state() {
    return state;
  }

  /** The build before the server starts; a bug here ends the command like a bug in `build`. */
  synchronized void buildFirst() throws IOException {
    long start = System.nanoTime();
    BuildResult r = builder.build(options.checkOnly());
    publish(next(r));
    report.firstBuild(r, System.nanoTime() - start);
    if (!r.failed()) write(r.files());
  }

  /** One rebuild after {@code changes}; never throws, so the preview outlives any bad edit. */
  synchronized void rebuild(Changes changes) {
    long start = System.nanoTime();
    boolean wasFailing = state.failing();
    BuildResult r;
    SiteState next;
    try {
      r = builder.build(options.checkOnly());
      next = next(r);
    } catch (Throwable e) { // a bug in a build must not end the preview, nor vanish unreported
      publish(
          new SiteState(nextId(), state.files(), state.basePath(), ErrorOverlay.crash(e), true));
      report.crashed(changes, e);
      return;
    }
    long built = System.nanoTime();
    String oldBase = state.basePath();
    if (!publish(next)) {
      report.unchanged(changes, r, built - start);
      return;
    }
    long reloaded = System.nanoTime();
    report.rebuilt(
        changes, r, built - start, reloaded - changes.firstSeenNanos(), wasFailing && !r.failed());
    if (!next.basePath().equals(oldBase)) report.addressChanged(next.basePath());
    if (!r.failed()) write(r.files());
  }

  private SiteState next(BuildResult r) throws IOException {
    boolean good = !r.failed();
    SortedMap<String, byte[]> files =
        good ? r.files() : state == null ? Collections.emptySortedMap() : state.files();
    String base = !good && state != null ? state.basePath() : r.basePath();
    boolean lastGood = !files.isEmpty();
    return new SiteState(
        nextId(),
        files,
        base,
        ErrorOverlay.html(r.diagnostics(), r.printer(), lastGood),
        r.failed());
  }

  /** Serves {@code next} and tells open pages; false when nothing a reader sees has changed. */
  private boolean publish(SiteState next) {
    if (state != null && state.looksLike(next)) return false;
    state = next;
    events.reload(next.buildId());
    return true;
  }

  private void write(SortedMap<String, byte[]> files) {
    if (options.out() == null) return;
    try {
      AtomicWriter.write(options.out(), files);
    } catch (IOException e) {
      report.writeFailed(e);
    }
  }

  private String nextId() {
    return run + "-" + (++generation);
  }
}
