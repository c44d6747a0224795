package org.sourcebrief.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds {@code javascript:}, {@code vbscript:} and {@code data:} addresses in the attributes a
 * browser follows or loads, however they are spelled: any letter case, character references ({@code
 * &#106;}, {@code &colon;}), and the tabs, newlines and controls a browser strips.
 */
final class UnsafeUrls {
  private static final Pattern ATTRIBUTE =
      Pattern.compile(
          "(?i)[\\s\"'/](href|src|srcset|action|formaction|poster|cite|background|xlink:href)"
              + "\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s>]+)");
  private static final Pattern REFERENCE =
      Pattern.compile("&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?");
  private static final Map<String, String> NAMED =
      Map.of(
          "colon", ":", "tab", "\t", "newline", "\n", "amp", "&", "lpar", "(", "rpar", ")", "sol",
          "/", "period", ".", "quot", "\"", "apos", "'");
  private static final Pattern UNSAFE = Pattern.compile("^(javascript|vbscript|data):");

  private UnsafeUrls() {}

  /** Every unsafe address in one output file, as {@code file: attribute=value}. */
  static List<String> find(String file, String text) {
    List<String> found = new ArrayList<>();
    Matcher m = ATTRIBUTE.matcher(text);
    while (m.find()) {
      String value = m.group(2).replaceAll("^[\"']|[\"']$", "");
      if (UNSAFE.matcher(normalise(value)).find()) found.add(file + ": " + m.group().strip());
    }
    return found;
  }

  /** The address as a browser reads its scheme. */
  static String normalise(String value) {
    String decoded = value;
    // References may be nested (&amp;#106;) when text is escaped twice; decode until stable.
    for (int i = 0; i < 3; i++) decoded = decode(decoded);
    StringBuilder kept = new StringBuilder();
    decoded
        .codePoints()
        .filter(c -> c > 0x20 && (c < 0x7F || c > 0x9F))
        .forEach(kept::appendCodePoint);
    return kept.toString().toLowerCase(Locale.ROOT);
  }

  private static String decode(String s) {
    Matcher m = REFERENCE.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(character(m.group(1), m.group())));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String character(String ref, String whole) {
    try {
      if (ref.startsWith("#x") || ref.startsWith("#X")) {
        return Character.toString(Integer.parseInt(ref.substring(2), 16));
      }
      if (ref.startsWith("#")) return Character.toString(Integer.parseInt(ref.substring(1)));
    } catch (IllegalArgumentException tooLargeOrInvalid) {
      return whole;
    }
    return NAMED.getOrDefault(ref.toLowerCase(Locale.ROOT), whole);
  }
}
