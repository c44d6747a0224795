package org.sourcebrief.site;

import java.nio.file.Path;
import java.time.LocalDate;

/**
 * What one build reads and writes. Folder names are kept as the user typed them, for diagnostics;
 * {@code today} decides staleness (tests fix it). {@code out} is null for a check; {@code
 * chartCache} (null for none) keeps rendered charts between builds. {@code since} (null for none)
 * is an earlier publication's facts.json, which the facts are compared with.
 */
public record BuildOptions(
    Path content,
    Path templates,
    Path out,
    String baseUrl,
    boolean strict,
    boolean drafts,
    LocalDate today,
    Path chartCache,
    Path since) {

  /** Options that compare with no earlier publication. */
  public BuildOptions(
      Path content,
      Path templates,
      Path out,
      String baseUrl,
      boolean strict,
      boolean drafts,
      LocalDate today,
      Path chartCache) {
    this(content, templates, out, baseUrl, strict, drafts, today, chartCache, null);
  }

  /** The same options without writing anything (`check`). */
  public BuildOptions checkOnly() {
    return new BuildOptions(
        content, templates, null, baseUrl, strict, drafts, today, chartCache, since);
  }

  /** The same options, comparing the facts with an earlier publication's facts.json. */
  public BuildOptions since(Path facts) {
    return new BuildOptions(
        content, templates, out, baseUrl, strict, drafts, today, chartCache, facts);
  }

  static String display(Path p) {
    String s = p.normalize().toString().replace('\\', '/');
    return s.isEmpty() ? "." : s;
  }
}
