package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Map;
import java.util.Optional;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;

/**
 * Rule: a derived fact's formula divides by no zero and stays within a range. Works out its exact
 * decimal value from the values of its inputs.
 */
final class FormulaValue {
  /**
   * Every operation keeps 34 significant digits: exact for any figure a briefing holds, and bounded
   * for a runaway formula (repeated squaring would otherwise double its digits at every step).
   */
  private static final MathContext PRECISION = MathContext.DECIMAL128;

  /** Every value a formula meets is zero or at least this small in size ... */
  static final BigDecimal SMALLEST = BigDecimal.ONE.scaleByPowerOfTen(-30);

  /** ... and below this. */
  static final BigDecimal LARGEST = BigDecimal.ONE.scaleByPowerOfTen(30);

  private static final MathContext SHOWN = new MathContext(3);

  private final Fact fact;
  private final Map<String, BigDecimal> inputs;
  private final Diagnostics diagnostics;

  private FormulaValue(Fact fact, Map<String, BigDecimal> inputs, Diagnostics diagnostics) {
    this.fact = fact;
    this.inputs = inputs;
    this.diagnostics = diagnostics;
  }

  /** The value of {@code fact}'s formula, or empty when it is reported as out of range. */
  static Optional<BigDecimal> of(
      Fact fact, Expression formula, Map<String, BigDecimal> inputs, Diagnostics d) {
    try {
      return Optional.of(new FormulaValue(fact, inputs, d).eval(formula).stripTrailingZeros());
    } catch (ArithmeticException e) {
      return Optional.empty();
    }
  }

  private BigDecimal eval(Expression e) {
    if (e instanceof Expression.Number n) return inRange(n.value(), n.index(), "the number");
    if (e instanceof Expression.FactId id) {
      return inRange(inputs.get(id.id()), id.index(), "'" + id.id() + "'");
    }
    if (e instanceof Expression.Negate n) return eval(n.operand()).negate();
    Expression.Binary b = (Expression.Binary) e;
    BigDecimal l = eval(b.left());
    BigDecimal r = eval(b.right());
    BigDecimal result =
        switch (b.op()) {
          case '+' -> l.add(r, PRECISION);
          case '-' -> l.subtract(r, PRECISION);
          case '*' -> l.multiply(r, PRECISION);
          default -> divide(l, r, b);
        };
    return inRange(result, b.index(), "the '" + b.op() + "'");
  }

  /** {@code v} itself when it is zero or between {@link #SMALLEST} and {@link #LARGEST}. */
  private BigDecimal inRange(BigDecimal v, int index, String where) {
    BigDecimal size = v.abs();
    if (v.signum() == 0 || (size.compareTo(SMALLEST) >= 0 && size.compareTo(LARGEST) < 0)) {
      return v;
    }
    diagnostics.error(
        "derive-out-of-range",
        fact.derive().positionAt(index),
        "derived fact '"
            + fact.id()
            + "' meets "
            + v.round(SHOWN).toString()
            + " at "
            + where
            + ", outside the range a calculation may take",
        "every value in a formula must be zero or between 10^-30 and 10^30 in size;"
            + " check the formula and the units of the facts it uses");
    throw new ArithmeticException("out of range");
  }

  private BigDecimal divide(BigDecimal l, BigDecimal r, Expression.Binary b) {
    if (r.signum() == 0) {
      diagnostics.error(
          "derive-division-by-zero",
          fact.derive().positionAt(b.index()),
          "derived fact '" + fact.id() + "' divides by zero",
          "check the value of the fact after the '/'");
      throw new ArithmeticException("division by zero");
    }
    return l.divide(r, PRECISION);
  }
}
