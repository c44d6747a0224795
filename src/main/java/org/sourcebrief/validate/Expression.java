package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.util.List;

/** A parsed derive formula: numbers, fact ids and the four operations. */
sealed interface Expression {
  /** A number written in the formula and the index of its first character. */
  record Number(BigDecimal value, int index) implements Expression {}

  /** A fact id and the index of its first character in the formula. */
  record FactId(String id, int index) implements Expression {}

  record Negate(Expression operand) implements Expression {}

  /** {@code index} is the operator's position in the formula, for division-by-zero errors. */
  record Binary(char op, Expression left, Expression right, int index) implements Expression {}

  /** Every fact id in the formula, left to right, as written (with repeats). */
  static List<FactId> ids(Expression e) {
    java.util.List<FactId> out = new java.util.ArrayList<>();
    collect(e, out);
    return out;
  }

  private static void collect(Expression e, List<FactId> out) {
    if (e instanceof FactId f) out.add(f);
    else if (e instanceof Negate n) collect(n.operand(), out);
    else if (e instanceof Binary b) {
      collect(b.left(), out);
      collect(b.right(), out);
    }
  }
}
