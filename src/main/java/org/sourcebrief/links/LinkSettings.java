package org.sourcebrief.links;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

/**
 * How politely and how long links are checked. {@code perHost} and {@code total} bound the requests
 * in flight to one host and overall; {@code cacheFile} (null for none) remembers the links that
 * worked, each for {@code maxAge}; {@code clock} tells the time the cache is judged by.
 */
public record LinkSettings(
    String userAgent,
    Duration connectTimeout,
    Duration requestTimeout,
    int perHost,
    int total,
    Path cacheFile,
    Duration maxAge,
    Clock clock) {

  public static final int PER_HOST = 2;
  public static final int TOTAL = 8;
  public static final Duration TIMEOUT = Duration.ofSeconds(10);
  public static final Duration MAX_AGE = Duration.ofDays(7);

  /**
   * "sourcebrief/0.1.0 (+https://example.org/briefing/; source link check)": the tool, its version
   * and the site, so a publisher who sees the requests knows who is asking and why.
   */
  public static String userAgent(String tool, String version, String siteAddress) {
    String site = siteAddress == null ? "" : "+" + siteAddress + "; ";
    return tool + "/" + version + " (" + site + "source link check)";
  }
}
