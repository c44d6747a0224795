package org.sourcebrief.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Defects the fuzzer has found that are not fixed yet, so a run can go on looking for new ones.
 * Each has a minimal reproducer, replayed by {@link KnownBugsTest}, which fails once the defect is
 * gone so the entry is removed. An entry tied to a bad-input case is excused only while that case
 * still carries its {@code known-bug.txt}.
 */
enum KnownBugs {
  /** A file that is not UTF-8 stops the build with an exception instead of a diagnostic. */
  INVALID_UTF8(
      "MalformedInputException", "minimal", new Mutation.InsertText(1, 500, 4, true), null),
  /** A derive formula nested thousands deep overflows the parser's stack. */
  DEEP_DERIVE(
      "StackOverflowError", "minimal", new Mutation.NestDeeply(1, 0, Nesting.DERIVE, 3000), null),
  /**
   * A Markdown list nested 844 deep overflows flexmark's HTML renderer (the trace is all flexmark).
   */
  DEEP_MARKDOWN_LIST(
      "StackOverflowError",
      "minimal",
      new Mutation.NestDeeply(0, -1, Nesting.MARKDOWN_LISTS, 844),
      null),
  /**
   * One line with many findings prints one diagnostic per finding, each repeating the whole line:
   * 1,400 unclosed {{ on one line print about 10 MB, 1,100 more than a megabyte.
   */
  DIAGNOSTICS_FLOOD(
      "printed more than",
      "minimal",
      new Mutation.NestDeeply(0, -1, Nesting.REFERENCE_BRACES, 1100),
      null),
  /**
   * Control characters (BEL, ESC, NEL, NUL) written in prose or in a source's title reach the page,
   * which is then not valid HTML.
   */
  CONTROL_CHARACTERS(
      "page is not valid HTML: (Forbidden code point|Saw U\\+0000)",
      "minimal",
      new Mutation.InsertText(0, 1000, 11, false),
      null),
  /**
   * A content error that validation reports (here a source without publisher) is then met by the
   * renderer, which dereferences the missing value. Every such null path is one defect.
   */
  NULL_AFTER_VALIDATION(
      "NullPointerException", "minimal", new Mutation.DeleteKey(3, 1), "source-without-publisher"),
  ;

  private static final Path BAD_INPUT = Path.of("src/test/resources/bad-input");

  private final Pattern signature;
  private final String seed;
  private final Mutation reproducer;
  private final String badInputCase;

  KnownBugs(String signature, String seed, Mutation reproducer, String badInputCase) {
    this.signature = Pattern.compile(signature);
    this.seed = seed;
    this.reproducer = reproducer;
    this.badInputCase = badInputCase;
  }

  boolean explains(Violation v) {
    return signature.matcher(v.signature()).find() && stillMarked();
  }

  String seed() {
    return seed;
  }

  Mutation reproducer() {
    return reproducer;
  }

  Pattern signature() {
    return signature;
  }

  private boolean stillMarked() {
    return badInputCase == null
        || Files.exists(BAD_INPUT.resolve(badInputCase).resolve("known-bug.txt"));
  }

  /** The known bug that explains a violation, if any. */
  static java.util.Optional<KnownBugs> explaining(Violation v) {
    return List.of(values()).stream().filter(b -> b.explains(v)).findFirst();
  }
}
