package org.sourcebrief.cli;

import java.io.PrintWriter;
import java.util.Map;
import org.sourcebrief.site.OutputFolderException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code sourcebrief} command. {@link #run} is the whole program, testable in memory. */
@Command(
    name = "sourcebrief",
    mixinStandardHelpOptions = true,
    version = "sourcebrief 0.1.0",
    description = "Builds a briefing site in which every figure is footnoted to its source.")
public final class Main {
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(args, out, err, System.getenv()));
  }

  /** The program with an empty environment, as tests run it. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, out, err, Map.of());
  }

  /** {@code env} is the process environment (it switches on GitHub Actions annotations). */
  public static int run(String[] args, PrintWriter out, PrintWriter err, Map<String, String> env) {
    Console console = new Console(out, err, env);
    CommandLine cli = new CommandLine(new Main());
    cli.addSubcommand(new BuildCommand(console));
    cli.addSubcommand(new CheckCommand(console));
    cli.addSubcommand(new ServeCommand(console));
    cli.addSubcommand(new NewCommand(console));
    cli.setOut(out).setErr(err);
    cli.setExecutionExceptionHandler(
        (e, c, p) ->
            e instanceof OutputFolderException o ? outputFolder(o, err) : internalError(e, err));
    if (args.length == 0) return usage(cli, err);
    int code;
    try {
      code = cli.execute(args);
    } catch (Error e) { // e.g. a class that failed to initialise: still a bug, still exit 3
      code = internalError(e, err);
    }
    out.flush();
    err.flush();
    return code;
  }

  private static int usage(CommandLine cli, PrintWriter err) {
    cli.usage(err);
    return ExitCodes.USAGE;
  }

  /** An output folder that may not or cannot be replaced is a usage problem, not a bug. */
  private static int outputFolder(OutputFolderException e, PrintWriter err) {
    err.println("error: " + e.getMessage());
    err.println("  hint: " + e.hint());
    err.flush();
    return ExitCodes.USAGE;
  }

  private static int internalError(Throwable e, PrintWriter err) {
    err.println("internal error: this is a bug in sourcebrief, not a mistake in your content.");
    err.println("Please report it with the text below.");
    e.printStackTrace(err);
    err.flush();
    return ExitCodes.INTERNAL;
  }
}
