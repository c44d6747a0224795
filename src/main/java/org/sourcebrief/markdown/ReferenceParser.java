package org.sourcebrief.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises {@code {{…}}} in inline text. Code spans and code blocks never reach inline
 * extensions, so references inside them stay literal, as the editor's guide promises.
 */
final class ReferenceParser implements InlineParserExtension {
  static final Set<String> KINDS = Set.of("fact", "cite", "raw", "chart");

  /**
   * A reference written with one brace on each side, {@code {fact:id}}: published as written, so it
   * is pointed out, as a warning, since single braces may be meant as text.
   */
  private static final Pattern SINGLE_BRACES =
      Pattern.compile("\\{\\s*(?i:facts?|cite|raw|charts?)\\s*:[^{}\\n]*}");

  @Override
  public void finalizeDocument(InlineParser inlineParser) {}

  @Override
  public void finalizeBlock(InlineParser inlineParser) {}

  @Override
  public boolean parse(LightInlineParser p) {
    BasedSequence input = p.getInput();
    int start = p.getIndex();
    if (start + 1 >= input.length() || input.charAt(start + 1) != '{') return singleBraces(p);
    int close = input.indexOf("}}", start + 2);
    int nextOpen = input.indexOf("{{", start + 2);
    p.flushTextNode();
    if (close < 0 || (nextOpen >= 0 && nextOpen < close)) {
      BasedSequence chars = input.subSequence(start, start + 2);
      p.getBlock().appendChild(new ReferenceNode(chars, null, null, null, "unclosed"));
      p.setIndex(start + 2);
      return true;
    }
    BasedSequence chars = input.subSequence(start, close + 2);
    p.getBlock().appendChild(node(chars, input.subSequence(start + 2, close).toString()));
    p.setIndex(close + 2);
    return true;
  }

  private static boolean singleBraces(LightInlineParser p) {
    BasedSequence input = p.getInput();
    int start = p.getIndex();
    Matcher m = SINGLE_BRACES.matcher(input).region(start, input.length());
    if (!m.lookingAt()) return false;
    p.flushTextNode();
    BasedSequence chars = input.subSequence(start, m.end());
    ReferenceNode written = node(chars, input.subSequence(start + 1, m.end() - 1).toString());
    p.getBlock()
        .appendChild(new ReferenceNode(chars, written.kind, written.argument, null, "single"));
    p.setIndex(m.end());
    return true;
  }

  private static ReferenceNode node(BasedSequence chars, String inner) {
    int colon = inner.indexOf(':');
    if (colon < 0) return new ReferenceNode(chars, inner.trim(), null, null, "no-colon");
    String kind = inner.substring(0, colon).trim();
    String rest = inner.substring(colon + 1).replace("\\|", "|"); // `\|` inside table cells
    if (kind.equals("raw")) return new ReferenceNode(chars, kind, rest, null, null);
    int bar = rest.indexOf('|');
    String arg = (bar < 0 ? rest : rest.substring(0, bar)).trim();
    String format = bar < 0 ? null : rest.substring(bar + 1).trim();
    String problem = !KINDS.contains(kind) ? "kind" : arg.isEmpty() ? "empty" : null;
    return new ReferenceNode(chars, kind, arg, format, problem);
  }

  static final class Factory implements InlineParserExtensionFactory {
    @Override
    public CharSequence getCharacters() {
      return "{";
    }

    @Override
    public InlineParserExtension apply(LightInlineParser inlineParser) {
      return new ReferenceParser();
    }

    @Override
    public Set<Class<?>> getAfterDependents() {
      return null;
    }

    @Override
    public Set<Class<?>> getBeforeDependents() {
      return null;
    }

    @Override
    public boolean affectsGlobalScope() {
      return false;
    }
  }
}
