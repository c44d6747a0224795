package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Parses a derive formula such as {@code a - b * (c + 2.5)} by recursive descent. A syntax error
 * gives the index of the offending character and a message. Nesting and length are limited far
 * beyond any real formula, so a pathological one is reported instead of exhausting the stack.
 */
final class ExpressionParser {
  /** Parentheses and leading minus signs nested deeper than this are refused. */
  static final int MAX_DEPTH = 100;

  /** More operations than this are refused: evaluation recurses once per operation. */
  static final int MAX_OPERATIONS = 1000;

  /** Thrown inside the parser only; turned into a diagnostic by the caller. */
  static class SyntaxError extends Exception {
    final int index;

    SyntaxError(int index, String message) {
      super(message, null, false, false);
      this.index = index;
    }
  }

  /** A formula beyond {@link #MAX_DEPTH} or {@link #MAX_OPERATIONS}. */
  static final class TooComplex extends SyntaxError {
    TooComplex(int index, String message) {
      super(index, message);
    }
  }

  private final String text;
  private int pos;
  private int depth;
  private int operations;

  private ExpressionParser(String text) {
    this.text = text;
  }

  static Expression parse(String text) throws SyntaxError {
    ExpressionParser p = new ExpressionParser(text);
    Expression e = p.sum();
    p.skipSpaces();
    if (p.pos < text.length())
      throw new SyntaxError(p.pos, "unexpected '" + text.charAt(p.pos) + "'");
    return e;
  }

  private Expression sum() throws SyntaxError {
    Expression left = product();
    for (Optional<Character> op = operator("+-"); op.isPresent(); op = operator("+-")) {
      int at = countOperation();
      left = new Expression.Binary(op.get(), left, product(), at);
    }
    return left;
  }

  private Expression product() throws SyntaxError {
    Expression left = unary();
    for (Optional<Character> op = operator("*/"); op.isPresent(); op = operator("*/")) {
      int at = countOperation();
      left = new Expression.Binary(op.get(), left, unary(), at);
    }
    return left;
  }

  /** The index of the operator just read, once it is known not to be one too many. */
  private int countOperation() throws TooComplex {
    if (++operations > MAX_OPERATIONS) {
      throw new TooComplex(pos - 1, "the formula has more than " + MAX_OPERATIONS + " operations");
    }
    return pos - 1;
  }

  private Expression unary() throws SyntaxError {
    if (operator("-").isPresent()) {
      enter(pos - 1);
      Expression e = new Expression.Negate(unary());
      depth--;
      return e;
    }
    return primary();
  }

  private void enter(int index) throws TooComplex {
    if (++depth > MAX_DEPTH) {
      throw new TooComplex(
          index, "the formula nests parentheses or minus signs more than " + MAX_DEPTH + " deep");
    }
  }

  private Expression primary() throws SyntaxError {
    skipSpaces();
    if (pos >= text.length()) throw new SyntaxError(pos, "the formula ends too early");
    char c = text.charAt(pos);
    if (c == '(') {
      int open = pos++;
      enter(open);
      Expression e = sum();
      depth--;
      skipSpaces();
      if (pos >= text.length() || text.charAt(pos) != ')') {
        throw new SyntaxError(open, "this parenthesis is never closed");
      }
      pos++;
      return e;
    }
    if (Character.isDigit(c)) return number();
    if (Character.isLetter(c) || c == '_') return id();
    throw new SyntaxError(pos, "unexpected '" + c + "'");
  }

  private Expression number() throws SyntaxError {
    int start = pos;
    while (pos < text.length() && (Character.isDigit(text.charAt(pos)) || text.charAt(pos) == '.'))
      pos++;
    try {
      return new Expression.Number(new BigDecimal(text.substring(start, pos)), start);
    } catch (NumberFormatException e) {
      throw new SyntaxError(start, "'" + text.substring(start, pos) + "' is not a number");
    }
  }

  private Expression id() {
    int start = pos;
    while (pos < text.length()
        && (Character.isLetterOrDigit(text.charAt(pos)) || text.charAt(pos) == '_')) pos++;
    return new Expression.FactId(text.substring(start, pos), start);
  }

  private Optional<Character> operator(String ops) {
    skipSpaces();
    if (pos < text.length() && ops.indexOf(text.charAt(pos)) >= 0)
      return Optional.of(text.charAt(pos++));
    return Optional.empty();
  }

  private void skipSpaces() {
    while (pos < text.length() && Character.isWhitespace(text.charAt(pos))) pos++;
  }
}
