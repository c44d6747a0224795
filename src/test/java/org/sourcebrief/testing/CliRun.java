package org.sourcebrief.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.sourcebrief.cli.Main;

/** Runs the command line in memory, as a user would from {@code dir}, and keeps what it said. */
public record CliRun(int exitCode, String out, String err) {
  /** Every test judges staleness as of this day, so expected output never ages. */
  public static final String TODAY = "2025-01-15";

  /**
   * Runs {@code sourcebrief <command> --content <dir>/content --templates <dir>/templates [--out
   * <dir>/site-out] <extra>}. Diagnostics name files by the path given, so tests compare them after
   * replacing {@code dir} with nothing (see {@link #errRelativeTo}).
   */
  public static CliRun in(Path dir, String command, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                command,
                "--content",
                dir.resolve("content").toString(),
                "--templates",
                dir.resolve("templates").toString(),
                "--today",
                TODAY,
                "--cache",
                dir.resolve(".cache").toString()));
    if (command.equals("build")) args.addAll(List.of("--out", dir.resolve("site-out").toString()));
    args.addAll(List.of(extra));
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * Standard error with the fixture folder's path removed, so "content/…" reads as a user sees it.
   */
  public String errRelativeTo(Path dir) {
    return err.replace(dir.toString() + "/", "");
  }
}
