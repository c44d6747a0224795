package org.sourcebrief.cli;

import static org.sourcebrief.diag.DiagnosticPrinter.plural;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.sourcebrief.content.ContentLoader;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.links.LinkCheck;
import org.sourcebrief.links.LinkSettings;
import org.sourcebrief.site.BuildResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** `check --links`: the only part of Sourcebrief that goes on the network, and only when asked. */
final class LinkOptions {
  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = "--links",
      description = "also fetch every source's url and archive_url and report dead or moved links")
  boolean enabled;

  @Option(
      names = "--links-max-age",
      defaultValue = "7",
      paramLabel = "<days>",
      description =
          "trust a link that worked within this many days without fetching it again"
              + " (default: ${DEFAULT-VALUE}; 0 fetches every link)")
  int maxAgeDays;

  @Option(
      names = "--links-timeout",
      defaultValue = "10",
      paramLabel = "<seconds>",
      description =
          "give up on a link after this long, to connect and to answer (default: ${DEFAULT-VALUE})")
  double timeoutSeconds;

  /** {@code r} with the link findings added (errors under --strict), when --links is given. */
  BuildResult check(BuildResult r, InputOptions input, Console console)
      throws IOException, InterruptedException {
    if (!enabled) return r;
    if (maxAgeDays < 0 || !(timeoutSeconds > 0) || timeoutSeconds > 3600) {
      throw new ParameterException(
          spec.commandLine(),
          "--links-max-age takes a number of days from 0, --links-timeout a number of seconds"
              + " above 0 (at most 3600), e.g. --links-max-age 7 --links-timeout 10");
    }
    LinkCheck.Report report = new LinkCheck(settings(r, input.cache)).check(sources(input));
    console.out().println(summary(report));
    List<Diagnostic> all = new ArrayList<>(r.diagnostics());
    for (Diagnostic d : report.diagnostics()) {
      all.add(
          input.strict && d.severity() == Severity.WARNING ? d.withSeverity(Severity.ERROR) : d);
    }
    Collections.sort(all);
    return new BuildResult(
        all,
        r.printer(),
        r.files(),
        r.pages(),
        r.facts(),
        r.sources(),
        r.chartsDrawn(),
        r.times(),
        r.baseUrl(),
        r.draftsLeftOut());
  }

  /** "Links: 6 addresses fetched; 2 more worked within the last 7 days and were not fetched". */
  private String summary(LinkCheck.Report report) {
    String s = "Links: " + addresses(report.fetched()) + " fetched";
    if (report.remembered() == 0) return s;
    return s
        + "; "
        + addresses(report.remembered())
        + " worked within the last "
        + plural(maxAgeDays, "day")
        + " and were not fetched again";
  }

  private static String addresses(int n) {
    return n + (n == 1 ? " address" : " addresses");
  }

  private LinkSettings settings(BuildResult r, Path cache) {
    Duration timeout = Duration.ofMillis(Math.round(timeoutSeconds * 1000));
    return new LinkSettings(
        LinkSettings.userAgent("sourcebrief", version(), r.baseUrl()),
        timeout,
        timeout,
        LinkSettings.PER_HOST,
        LinkSettings.TOTAL,
        cache.resolve("links").resolve("checked.json"),
        Duration.ofDays(maxAgeDays),
        Clock.systemUTC());
  }

  /** "0.1.0", from the version `sourcebrief --version` prints. */
  private static String version() {
    String v = Main.class.getAnnotation(Command.class).version()[0];
    return v.substring(v.lastIndexOf(' ') + 1);
  }

  /** The sources as loaded for the build (its diagnostics are already reported). */
  private static List<Source> sources(InputOptions input) throws IOException {
    Diagnostics ignored = new Diagnostics();
    String name = input.content.normalize().toString().replace('\\', '/');
    return new ContentLoader(
            ignored, new SourceTexts(), new ProjectFiles(ignored, input.content, input.templates))
        .load(input.content, name.isEmpty() ? "." : name)
        .sources();
  }
}
