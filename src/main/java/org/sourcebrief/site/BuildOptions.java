package org.sourcebrief.site;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one build reads and writes. Folder names are kept as the user typed them, for diagnostics;
 * {@code today} decides staleness (tests fix it). {@code out} is null for a check; {@code
 * chartCache} (null for none) keeps rendered charts between builds.
 */
public record BuildOptions(
    Path content,
    Path templates,
    Path out,
    String baseUrl,
    boolean strict,
    boolean drafts,
    LocalDate today,
    Path chartCache) {

  /** The same options without writing anything (`check`). */
  public BuildOptions checkOnly() {
    return new BuildOptions(content, templates, null, baseUrl, strict, drafts, today, chartCache);
  }

  static String display(Path p) {
    String s = p.normalize().toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
