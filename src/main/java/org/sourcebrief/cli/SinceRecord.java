package org.sourcebrief.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/**
 * Where {@code check --since} finds the earlier publication's record: the {@code data/facts.json}
 * of a published site's folder, or a facts.json file named directly. Anything else is a mistake in
 * the command, not in the content.
 */
final class SinceRecord {
  private SinceRecord() {}

  static Path facts(Path since, CommandSpec spec) {
    Path inSite = since.resolve("data").resolve("facts.json");
    if (Files.isDirectory(since) && Files.isRegularFile(inSite)) return inSite;
    if (Files.isRegularFile(since) && since.getFileName().toString().endsWith(".json"))
      return since;
    throw new ParameterException(
        spec.commandLine(),
        "--since '"
            + since
            + "' is neither a published site's folder (holding data/facts.json) nor a facts.json"
            + " file");
  }
}
