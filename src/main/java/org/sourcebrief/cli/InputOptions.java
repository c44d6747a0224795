package org.sourcebrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.sourcebrief.config.SiteConfigLoader;
import org.sourcebrief.site.BuildOptions;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The options `build` and `check` share. */
final class InputOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--content",
      defaultValue = "content",
      description = "content folder (default: ${DEFAULT-VALUE})")
  Path content;

  @Option(
      names = "--templates",
      defaultValue = "templates",
      description = "theme folder overriding the default theme (default: ${DEFAULT-VALUE})")
  Path templates;

  @Option(
      names = "--base-url",
      description = "publish at this address instead of site.yaml's base_url")
  String baseUrl;

  @Option(
      names = "--strict",
      description = "treat warnings as errors (staleness notices stay notices)")
  boolean strict;

  @Option(names = "--drafts", description = "include narratives marked draft: true")
  boolean drafts;

  @Option(
      names = "--verbose",
      description = "print notices in full, with the line and a hint, not one line each")
  boolean verbose;

  @Option(
      names = "--cache",
      defaultValue = ".sourcebrief-cache",
      description = "where rendered charts are kept between builds (default: ${DEFAULT-VALUE})")
  Path cache;

  /** Fixes the date staleness is measured against, for reproducible runs and tests. */
  @Option(
      names = "--today",
      hidden = true,
      description = "judge staleness as of this date (YYYY-MM-DD)")
  LocalDate today;

  BuildOptions toBuildOptions(Path out) {
    if (!Files.isDirectory(content)) {
      throw new ParameterException(
          spec.commandLine(),
          "no content folder at '"
              + content
              + "': run this from the briefing's folder, or pass --content <folder>");
    }
    if (baseUrl != null && SiteConfigLoader.normalizeBaseUrl(baseUrl).isEmpty()) {
      throw new ParameterException(
          spec.commandLine(),
          "--base-url '"
              + baseUrl
              + "' is not an absolute http(s) address, e.g. https://example.github.io/my-briefing/");
    }
    return new BuildOptions(
        content,
        templates,
        out,
        baseUrl,
        strict,
        drafts,
        today != null ? today : LocalDate.now(ZoneOffset.UTC),
        cache.resolve("charts"));
  }
}
