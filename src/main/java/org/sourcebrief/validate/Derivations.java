package org.sourcebrief.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.content.Fact;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;

/**
 * Rule: a derived fact's formula parses, names existing facts and has no cycle. Orders the facts so
 * that each comes after the facts its formula uses, for {@link CheckedFacts} to work them out in
 * one pass.
 */
final class Derivations {
  private final Map<String, Fact> facts;
  private final Diagnostics diagnostics;
  private final Map<String, Expression> formulas = new HashMap<>();
  private final Map<String, List<String>> inputs = new HashMap<>();
  private final Set<String> failed = new HashSet<>();
  private final Set<String> ordered = new HashSet<>();
  private final List<Fact> order = new ArrayList<>();

  Derivations(Map<String, Fact> facts, Diagnostics d) {
    this.facts = facts;
    this.diagnostics = d;
  }

  /**
   * Every fact whose formula and inputs passed these checks, inputs first; a stated fact without a
   * value, and every fact derived from one, is left out (its error is reported when it is loaded).
   */
  List<Fact> order() {
    for (Fact f : facts.values()) if (f.isDerived()) parse(f);
    for (Fact f : facts.values()) visit(f, new ArrayList<>());
    return List.copyOf(order);
  }

  /** The parsed formula of a derived fact in {@link #order()}. */
  Expression formula(String id) {
    return formulas.get(id);
  }

  /** The facts a derived fact's formula uses, each once, in the order written. */
  List<String> inputs(String id) {
    return inputs.getOrDefault(id, List.of());
  }

  private void parse(Fact f) {
    try {
      Expression e = ExpressionParser.parse(f.derive().text());
      formulas.put(f.id(), e);
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

  /** Depth-first: inputs first; {@code path} holds the facts being visited, to find cycles. */
  private boolean visit(Fact f, List<String> path) {
    if (ordered.contains(f.id())) return true;
    if (failed.contains(f.id())) return false;
    if (!f.isDerived()) return f.value() != null && add(f);
    if (path.contains(f.id())) {
      reportCycle(f, path);
      return false;
    }
    path.add(f.id());
    boolean ok = true;
    for (String in : inputs(f.id())) ok &= visit(facts.get(in), path);
    path.remove(path.size() - 1);
    if (!ok) {
      failed.add(f.id());
      return false;
    }
    return add(f);
  }

  private boolean add(Fact f) {
    ordered.add(f.id());
    order.add(f);
    return true;
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
}
