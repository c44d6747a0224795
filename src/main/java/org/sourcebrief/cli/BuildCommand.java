package org.sourcebrief.cli;

import static org.sourcebrief.diag.DiagnosticPrinter.plural;

import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.site.BuildResult;
import org.sourcebrief.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sourcebrief build}: build the site into the output folder, or change nothing. */
@Command(
    name = "build",
    mixinStandardHelpOptions = true,
    description = "Build the site into the output folder.")
final class BuildCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Option(
      names = "--out",
      defaultValue = "site-out",
      description = "output folder (default: ${DEFAULT-VALUE})")
  Path out;

  @Option(names = "--timings", hidden = true, description = "print the time of each stage")
  boolean timings;

  private final Console console;

  BuildCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    long start = System.nanoTime();
    BuildResult r;
    try (Progress progress = new Progress(console.err(), System.console() != null)) {
      r = new SiteBuilder(progress).build(input.toBuildOptions(out));
    }
    console.report(r, input.verbose);
    if (r.failed()) {
      console.err().println("The site was not built; " + out + "/ is unchanged.");
      return ExitCodes.CONTENT_ERRORS;
    }
    if (timings) console.err().println("timings: " + r.times());
    console
        .out()
        .println(
            String.format(
                Locale.ROOT,
                "Built %s/: %s, %s, %s, %s in %.2f s",
                out,
                plural(r.pages(), "page"),
                plural(r.facts(), "fact"),
                plural(r.sources(), "source"),
                plural(r.count(Severity.WARNING), "warning"),
                (System.nanoTime() - start) / 1e9));
    return ExitCodes.OK;
  }
}
