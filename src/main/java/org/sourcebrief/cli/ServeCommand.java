package org.sourcebrief.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sourcebrief.serve.Preview;
import org.sourcebrief.site.BuildOptions;
import org.sourcebrief.site.OutputFolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code sourcebrief serve}: preview the site in a browser, rebuilt and reloaded on every save. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description =
        "Build the site and preview it at http://127.0.0.1, rebuilding and reloading"
            + " the page whenever a file in the content or templates folder changes.")
final class ServeCommand implements Callable<Integer> {
  @Mixin InputOptions input;

  @Spec CommandSpec spec;

  @Option(
      names = "--port",
      defaultValue = "8080",
      description =
          "port to serve on; the next free one if it is taken (default: ${DEFAULT-VALUE})")
  int port;

  @Option(
      names = "--out",
      defaultValue = "site-out",
      description = "each good build is also written here (default: ${DEFAULT-VALUE})")
  Path out;

  private final Console console;

  ServeCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws Exception {
    if (port < 0 || port > 65535) {
      throw new ParameterException(
          spec.commandLine(), "--port " + port + " is not a port number (1 to 65535)");
    }
    BuildOptions options = input.toBuildOptions(out);
    OutputFolder.check(options.out(), options.content(), options.templates());
    try (Preview preview = Preview.start(options, port, console.out(), console.err())) {
      preview.runUntilStopped();
    }
    return ExitCodes.OK;
  }
}
