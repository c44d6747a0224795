package org.sourcebrief.cli;

import static org.sourcebrief.diag.DiagnosticPrinter.plural;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sourcebrief check}: everything a build checks, writing nothing. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = "Check the content as a build would, writing nothing.")
final class CheckCommand implements Callable<Integer> {
  @Mixin InputOptions input;
  @Mixin LinkOptions links;

  /** Accepted so that a script can swap `build` for `check`; a check writes nothing anywhere. */
  @Option(names = "--out", description = "accepted and ignored: a check writes nothing")
  Path out;

  @Option(
      names = "--since",
      paramLabel = "<site or facts.json>",
      description =
          "report facts changed without a history entry since this earlier publication: a"
              + " published site's folder, or its data/facts.json")
  Path since;

  private final Console console;

  CheckCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    BuildOptions options = input.toBuildOptions(null);
    if (since != null) options = options.since(SinceRecord.facts(since, input.spec));
    BuildResult r = new SiteBuilder(stage -> {}, false).build(options);
    r = links.check(r, input, console);
    console.report(r, input.verbose);
    if (r.failed()) return ExitCodes.CONTENT_ERRORS;
    console
        .out()
        .println(
            "Content is valid: "
                + plural(r.pages(), "page")
                + ", "
                + plural(r.facts(), "fact")
                + ", "
                + plural(r.sources(), "source")
                + ", "
                + plural(r.count(Severity.WARNING), "warning"));
    return ExitCodes.OK;
  }
}
