package org.sourcebrief.validate;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;

/**
 * Rule: a derived fact's formula parses, names existing facts, has no cycle, divides by no zero and
 * stays within a range. Works out each derived fact's decimal value, its sources (the union of its
 * inputs'), and whether it is approximate (when any input is).
 */
final class Derivations {
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

  private final Map<String, Fact> facts;
  private final Diagnostics diagnostics;
  private final Map<String, Expression> parsed = new HashMap<>();
  final Map<String, BigDecimal> values = new LinkedHashMap<>();
  final Map<String, List<String>> sources;
  final Map<String, List<String>> inputs = new LinkedHashMap<>();
  final Set<String> approximate = new HashSet<>();
  private final Set<String> failed = new HashSet<>();

  Derivations(Map<String, Fact> facts, Map<String, List<String>> statedSources, Diagnostics d) {
    this.facts = facts;
    this.diagnostics = d;
    this.sources = new LinkedHashMap<>(statedSources);
    for (Fact f : facts.values()) {
      if (!f.isDerived() && f.value() != null) values.put(f.id(), f.value());
      if (f.approximate()) approximate.add(f.id());
    }
  }

  void run() {
    for (Fact f : facts.values()) if (f.isDerived()) parse(f);
    for (Fact f : facts.values()) if (f.isDerived()) resolve(f, new ArrayList<>());
  }

  private void parse(Fact f) {
    try {
      Expression e = ExpressionParser.parse(f.derive().text());
      parsed.put(f.id(), e);
      List<String> in = new ArrayList<>();
      for (Expression.FactId id : Expression.ids(e)) {
        if (!facts.containsKey(id.id())) {
          failed.add(f.id());
          diagnostics.error(
              "derive-unknown-fact",
              f.derive().positionAt(id.index()),
              "derived fact '" + f.id() + "' uses '" + id.id() + "', which is not a fact",
              DidYouMean.hint(id.id(), facts.keySet(), "define that fact, or fix the id"));
        } else if (!in.contains(id.id())) in.add(id.id());
      }
      if (in.isEmpty() && !failed.contains(f.id())) {
        failed.add(f.id());
        diagnostics.error(
            "derive-no-facts",
            f.derive().positionAt(0),
            "derived fact '" + f.id() + "' uses no other fact, so nothing would source it",
            "give the number as `value:` "
                + "with a `source:`, or write the formula over fact ids");
      }
      inputs.put(f.id(), in);
    } catch (ExpressionParser.TooComplex e) {
      failed.add(f.id());
      diagnostics.error(
          "derive-too-complex",
          f.derive().positionAt(e.index),
          "derive formula of '" + f.id() + "': " + e.getMessage(),
          "split the calculation into derived facts that each work out one part");
    } catch (ExpressionParser.SyntaxError e) {
      failed.add(f.id());
      diagnostics.error(
          "derive-syntax",
          f.derive().positionAt(e.index),
          "derive formula of '" + f.id() + "': " + e.getMessage(),
          "write fact ids and numbers joined by + - * /, with parentheses, e.g. \"a - b\"");
    }
  }

  /** Depth-first: inputs first; {@code path} holds the facts being worked out, to find cycles. */
  private boolean resolve(Fact f, List<String> path) {
    if (values.containsKey(f.id())) return true;
    if (failed.contains(f.id()) || !f.isDerived()) return false;
    if (path.contains(f.id())) {
      reportCycle(f, path);
      return false;
    }
    path.add(f.id());
    boolean ok = true;
    for (String in : inputs.get(f.id())) ok &= resolve(facts.get(in), path);
    path.remove(path.size() - 1);
    if (!ok) {
      failed.add(f.id());
      return false;
    }
    return evaluate(f);
  }

  private void reportCycle(Fact f, List<String> path) {
    List<String> cycle = new ArrayList<>(path.subList(path.indexOf(f.id()), path.size()));
    cycle.add(f.id());
    for (String id : new LinkedHashSet<>(cycle)) failed.add(id);
    diagnostics.error(
        "derive-cycle",
        f.derive().positionAt(0),
        "derived fact '" + f.id() + "' depends on itself: " + String.join(" → ", cycle),
        "a derived fact may use other facts, but never (through them) itself");
  }

  private boolean evaluate(Fact f) {
    try {
      values.put(f.id(), eval(parsed.get(f.id()), f).stripTrailingZeros());
    } catch (ArithmeticException e) {
      failed.add(f.id());
      return false;
    }
    Set<String> union = new LinkedHashSet<>();
    for (String in : inputs.get(f.id())) {
      union.addAll(sources.getOrDefault(in, List.of()));
      if (approximate.contains(in)) approximate.add(f.id());
    }
    sources.put(f.id(), List.copyOf(union));
    return true;
  }

  private BigDecimal eval(Expression e, Fact f) {
    if (e instanceof Expression.Number n) return inRange(n.value(), n.index(), "the number", f);
    if (e instanceof Expression.FactId id) {
      return inRange(values.get(id.id()), id.index(), "'" + id.id() + "'", f);
    }
    if (e instanceof Expression.Negate n) return eval(n.operand(), f).negate();
    Expression.Binary b = (Expression.Binary) e;
    BigDecimal l = eval(b.left(), f);
    BigDecimal r = eval(b.right(), f);
    BigDecimal result =
        switch (b.op()) {
          case '+' -> l.add(r, PRECISION);
          case '-' -> l.subtract(r, PRECISION);
          case '*' -> l.multiply(r, PRECISION);
          default -> divide(l, r, b, f);
        };
    return inRange(result, b.index(), "the '" + b.op() + "'", f);
  }

  /** {@code v} itself when it is zero or between {@link #SMALLEST} and {@link #LARGEST}. */
  private BigDecimal inRange(BigDecimal v, int index, String where, Fact f) {
    BigDecimal size = v.abs();
    if (v.signum() == 0 || (size.compareTo(SMALLEST) >= 0 && size.compareTo(LARGEST) < 0)) {
      return v;
    }
    diagnostics.error(
        "derive-out-of-range",
        f.derive().positionAt(index),
        "derived fact '"
            + f.id()
            + "' meets "
            + v.round(SHOWN).toString()
            + " at "
            + where
            + ", outside the range a calculation may take",
        "every value in a formula must be zero or between 10^-30 and 10^30 in size;"
            + " check the formula and the units of the facts it uses");
    throw new ArithmeticException("out of range");
  }

  private BigDecimal divide(BigDecimal l, BigDecimal r, Expression.Binary b, Fact f) {
    if (r.signum() == 0) {
      diagnostics.error(
          "derive-division-by-zero",
          f.derive().positionAt(b.index()),
          "derived fact '" + f.id() + "' divides by zero",
          "check the value of the fact after the '/'");
      throw new ArithmeticException("division by zero");
    }
    return l.divide(r, PRECISION);
  }
}
