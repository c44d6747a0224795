package org.sourcebrief.fuzz;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The exit code and the shape of what a build printed: 0 or 1, never a stack trace, and output a
 * person can read (a megabyte of diagnostics is runaway work too).
 */
final class Crashes {
  /** More than any set of real mistakes produces once repeats are summarised. */
  static final int MAX_PRINTED_CHARS = 1 << 20;

  private static final Pattern EXCEPTION =
      Pattern.compile("(?m)^(?:Caused by: )?([\\w.$]+(?:Exception|Error))(?::.*)?$");
  private static final Pattern FRAME = Pattern.compile("(?m)^\\s+at (org\\.sourcebrief\\.[^\\s]+)");

  private Crashes() {}

  static List<Violation> check(Trial.Outcome o) {
    List<Violation> v = new java.util.ArrayList<>();
    if (o.exitCode() == Trial.TIMED_OUT) {
      v.add(new Violation("no result within " + Trial.TIME_LIMIT.toSeconds() + " s", o.err()));
    } else if (o.exitCode() != 0 && o.exitCode() != 1) {
      v.add(new Violation("exit " + o.exitCode() + ": " + crashSignature(o.err()), head(o.err())));
    } else if (o.err().contains("\tat ") || o.err().contains("Exception")) {
      v.add(new Violation("stack trace printed: " + crashSignature(o.err()), head(o.err())));
    }
    int printed = o.err().length() + o.out().length();
    if (printed > MAX_PRINTED_CHARS) {
      v.add(
          new Violation(
              "printed more than " + MAX_PRINTED_CHARS + " chars",
              printed + " chars; it starts:\n" + head(o.err())));
    }
    return v;
  }

  /**
   * The exception's class and its causes' ({@code a > b}) and the first frame inside the generator,
   * e.g. {@code java.io.UncheckedIOException > java.nio.charset.MalformedInputException at
   * org.sourcebrief.content.ContentLoader.read(ContentLoader.java:120)}.
   */
  static String crashSignature(String err) {
    List<String> chain = new java.util.ArrayList<>();
    Matcher m = EXCEPTION.matcher(err);
    while (m.find()) chain.add(m.group(1));
    String exception = chain.isEmpty() ? "no exception" : String.join(" > ", chain);
    String frame = find(FRAME, err).orElse("no frame in org.sourcebrief");
    return exception + " at " + frame;
  }

  private static Optional<String> find(Pattern p, String text) {
    Matcher m = p.matcher(text);
    return m.find() ? Optional.of(m.group(1)) : Optional.empty();
  }

  static String head(String text) {
    return text.length() <= 4000 ? text : text.substring(0, 4000) + "\n[…]";
  }
}
