package org.sourcebrief.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedMap;

/** Builds the example site in memory, as the golden and determinism tests compare it. */
final class ExampleBuilds {
  private ExampleBuilds() {}

  static BuildResult build(Path out) {
    try {
      return new SiteBuilder()
          .build(
              new BuildOptions(
                  Path.of("content"),
                  Path.of("templates"),
                  out,
                  null,
                  true,
                  false,
                  LocalDate.of(2025, 1, 15),
                  null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static SortedMap<String, byte[]> files() {
    BuildResult r = build(null);
    if (r.failed()) throw new AssertionError(r.printer().format(r.diagnostics()));
    return r.files();
  }
}
