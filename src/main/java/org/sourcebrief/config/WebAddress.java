package org.sourcebrief.config;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one rule for every address that content can turn into a link: a source's {@code url} and
 * {@code archive_url}, site.yaml's {@code base_url}, and the links and images of Markdown. A
 * reader's browser runs {@code javascript:}, {@code vbscript:} and {@code data:} addresses, so only
 * what is known to be harmless passes, however the address is spelled or escaped.
 */
public final class WebAddress {
  private static final Pattern WEB = Pattern.compile("(?is)https?://[^/?#\\\\]+([/?#].*)?");
  private static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto");
  private static final Pattern NUMERIC_ENTITY =
      Pattern.compile("&#(?:[xX]([0-9a-fA-F]+)|(\\d+));?");
  private static final Pattern NAMED_ENTITY =
      Pattern.compile("(?i)&(colon|tab|newline|sol|amp|lpar|rpar|percnt|num|quest);");
  private static final Pattern PERCENT = Pattern.compile("%([0-9a-fA-F]{2})");

  private WebAddress() {}

  /**
   * Whether {@code s} is a full web address: {@code http://} or {@code https://} (in any letter
   * case), a host, and no spaces or invisible characters anywhere.
   */
  public static boolean isWebAddress(String s) {
    return s != null && WEB.matcher(s).matches() && s.codePoints().noneMatch(WebAddress::hidden);
  }

  /**
   * Whether a link written in a narrative may be published: a web or mail address, a link within
   * the site (a relative path, {@code #anchor} or {@code ?query}). The scheme is judged as a
   * browser would read it, after undoing HTML entities and percent escapes and with spaces, control
   * and invisible characters dropped: {@code java&#x09;script:} is still {@code javascript:}.
   */
  public static boolean isSafeLink(String s) {
    if (s == null) return true;
    StringBuilder compact = new StringBuilder();
    decoded(s).codePoints().filter(c -> !hidden(c)).forEach(compact::appendCodePoint);
    String t = compact.toString().toLowerCase(Locale.ROOT);
    int colon = t.indexOf(':');
    if (colon < 0) return true;
    String before = t.substring(0, colon);
    boolean relative = before.contains("/") || before.contains("?") || before.contains("#");
    return relative || LINK_SCHEMES.contains(before);
  }

  /** The address as a message may print it: invisible characters written as U+XXXX. */
  public static String shown(String s) {
    StringBuilder out = new StringBuilder();
    s.codePoints()
        .forEach(
            c -> {
              if (c != ' ' && hidden(c)) out.append(String.format(Locale.ROOT, "U+%04X", c));
              else out.appendCodePoint(c);
            });
    return out.toString();
  }

  /** Spaces, line breaks, control and formatting characters (such as zero-width spaces). */
  private static boolean hidden(int c) {
    int type = Character.getType(c);
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || type == Character.CONTROL
        || type == Character.FORMAT
        || type == Character.SURROGATE;
  }

  /**
   * Undoes entities and percent escapes until nothing changes, as nested escapes may hide a scheme.
   */
  private static String decoded(String s) {
    String previous;
    String t = s;
    int rounds = 0;
    do {
      previous = t;
      t = percentDecoded(namedDecoded(numericDecoded(t)));
    } while (!t.equals(previous) && ++rounds < 8);
    return t;
  }

  private static String numericDecoded(String s) {
    Matcher m = NUMERIC_ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      int c;
      try {
        c = m.group(1) != null ? Integer.parseInt(m.group(1), 16) : Integer.parseInt(m.group(2));
      } catch (NumberFormatException e) {
        c = 0xFFFD;
      }
      if (!Character.isValidCodePoint(c)) c = 0xFFFD;
      m.appendReplacement(out, Matcher.quoteReplacement(Character.toString(c)));
    }
    return m.appendTail(out).toString();
  }

  private static String namedDecoded(String s) {
    Matcher m = NAMED_ENTITY.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String c =
          switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "colon" -> ":";
            case "tab" -> "\t";
            case "newline" -> "\n";
            case "sol" -> "/";
            case "amp" -> "&";
            case "lpar" -> "(";
            case "rpar" -> ")";
            case "percnt" -> "%";
            case "num" -> "#";
            default -> "?";
          };
      m.appendReplacement(out, Matcher.quoteReplacement(c));
    }
    return m.appendTail(out).toString();
  }

  /** Each %XX becomes the byte's character; enough to read a scheme, which is plain ASCII. */
  private static String percentDecoded(String s) {
    Matcher m = PERCENT.matcher(s);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      char c = (char) Integer.parseInt(m.group(1), 16);
      m.appendReplacement(out, Matcher.quoteReplacement(String.valueOf(c)));
    }
    return m.appendTail(out).toString();
  }
}
