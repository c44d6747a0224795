package org.sourcebrief.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import org.sourcebrief.content.Content;
import org.sourcebrief.content.ContentLoader;
import org.sourcebrief.content.Starters;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sourcebrief new briefing "Title" | fact <id> | chart <id>}: write a starter file. */
@Command(
    name = "new",
    mixinStandardHelpOptions = true,
    description = "Write a starter briefing, fact or chart file (never overwrites).")
final class NewCommand implements Callable<Integer> {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  @Spec CommandSpec spec;

  @Parameters(index = "0", description = "briefing, fact or chart")
  String kind;

  @Parameters(index = "1", description = "the briefing's title, or the fact's or chart's id")
  String name;

  @Option(
      names = "--content",
      defaultValue = "content",
      description = "content folder (default: ${DEFAULT-VALUE})")
  Path content;

  private final Console console;

  NewCommand(Console console) {
    this.console = console;
  }

  @Override
  public Integer call() throws IOException {
    if (!Files.isDirectory(content)) throw usage("no content folder at '" + content + "'");
    return switch (kind) {
      case "briefing" ->
          write(
              content.resolve("briefings/" + Starters.slug(name) + ".md"),
              Starters.briefing(name, LocalDate.now(ZoneOffset.UTC)),
              "It is a draft: preview it with ./sourcebrief serve --drafts,"
                  + " and delete its line draft: true to publish it.");
      case "fact" -> fact();
      case "chart" -> chart();
      default ->
          throw usage(
              "'" + kind + "' is not something `new` can write: use briefing, fact or chart");
    };
  }

  private int fact() throws IOException {
    checkId();
    Content c = load();
    if (c.sources().isEmpty())
      throw usage("add a source to content/sources.yaml first: a fact needs one");
    String source = c.sources().get(0).id();
    return write(
        content.resolve("facts/" + name + ".yaml"),
        Starters.fact(name, source),
        "Fill in its label, value, date and source (it names '"
            + source
            + "' for now), then cite it "
            + "with {{fact:"
            + name
            + "}}.");
  }

  private int chart() throws IOException {
    checkId();
    Content c = load();
    if (c.facts().isEmpty())
      throw usage("add a fact first (sourcebrief new fact <id>): a chart draws facts");
    String fact = c.facts().get(0).id();
    return write(
        content.resolve("charts/" + name + ".yaml"),
        Starters.chart(name, fact),
        "Give it its facts (it draws '"
            + fact
            + "' for now), title and alt text, then show it with "
            + "{{chart:"
            + name
            + "}} on a line of its own.");
  }

  private int write(Path file, String text, String next) throws IOException {
    if (Files.exists(file, LinkOption.NOFOLLOW_LINKS)) { // a link, even a broken one, is kept
      console.err().println(file + " already exists; nothing was written. Choose another name.");
      return ExitCodes.CONTENT_ERRORS;
    }
    Files.createDirectories(file.getParent());
    Files.writeString(file, text, StandardCharsets.UTF_8);
    console.out().println("Wrote " + file);
    console.out().println("Next: " + next);
    return ExitCodes.OK;
  }

  private void checkId() {
    if (!ID.matcher(name).matches()) {
      throw usage("'" + name + "' is not a valid id: use lower_snake_case, e.g. returns_2025");
    }
  }

  private Content load() throws IOException {
    Diagnostics quiet = new Diagnostics();
    return new ContentLoader(quiet, new SourceTexts(), new ProjectFiles(quiet, content))
        .load(content, content.toString());
  }

  private ParameterException usage(String message) {
    return new ParameterException(spec.commandLine(), message);
  }
}
