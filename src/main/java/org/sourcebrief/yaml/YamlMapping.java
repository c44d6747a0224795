package org.sourcebrief.yaml;

import java.math.BigDecimal;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.DidYouMean;
import org.sourcebrief.diag.SourcePosition;

/**
 * A YAML mapping read strictly: duplicate keys and keys outside the allowed set are reported, and
 * typed getters report values that YAML would silently re-type (octal, booleans, floats).
 */
public final class YamlMapping {
  private final YamlNode self;
  private final Map<String, YamlNode> keys = new LinkedHashMap<>();
  private final Map<String, YamlNode> values = new LinkedHashMap<>();

  YamlMapping(YamlNode self) {
    this.self = self;
    for (YamlNode.Entry t : self.entries()) {
      YamlNode key = t.key();
      String name = key.scalar();
      if (name == null) {
        diagnostics().error("yaml-wrong-type", key.position(), "a key must be plain text", null);
      } else if (keys.containsKey(name)) {
        diagnostics()
            .error(
                "yaml-duplicate-key",
                key.position(),
                "key '" + name + "' appears twice",
                "remove one of them; the first is at line " + keys.get(name).position().line());
      } else {
        keys.put(name, key);
        values.put(name, t.value());
      }
    }
  }

  private Diagnostics diagnostics() {
    return self.diagnostics();
  }

  public SourcePosition position() {
    return self.position();
  }

  public Set<String> keys() {
    return keys.keySet();
  }

  public boolean has(String key) {
    return values.containsKey(key) && !values.get(key).isNull();
  }

  public Optional<YamlNode> get(String key) {
    return Optional.ofNullable(values.get(key)).filter(v -> !v.isNull());
  }

  public SourcePosition keyPosition(String key) {
    YamlNode k = keys.get(key);
    return k == null ? position() : k.position();
  }

  /** The position of a character inside a key (0-based index), past its quote if it has one. */
  public SourcePosition keyPositionAt(String key, int index) {
    YamlNode k = keys.get(key);
    return k == null ? position() : k.positionAt(index);
  }

  /** Reports every key not in {@code allowed}, with the closest allowed key as a hint. */
  public void allowOnly(Collection<String> allowed, String where) {
    for (String k : keys.keySet()) {
      if (!allowed.contains(k)) {
        diagnostics()
            .error(
                "unknown-key",
                keys.get(k).position(),
                "unknown key '" + k + "' in " + where,
                DidYouMean.hint(k, allowed, "allowed keys: " + String.join(", ", allowed)));
      }
    }
  }

  /** A required text value; reports {@code code} when it is missing or empty. */
  public Optional<String> requireString(String key, String code, String what, String hint) {
    return requireString(key, code, position(), what, hint);
  }

  /** The same, reporting a missing value at {@code at} (e.g. the id of the entry). */
  public Optional<String> requireString(
      String key, String code, SourcePosition at, String what, String hint) {
    Optional<String> s = string(key);
    if (s.isEmpty() || s.get().isBlank()) {
      if (!values.containsKey(key) || values.get(key).isNull() || s.isPresent()) {
        diagnostics().error(code, at, what, hint);
      }
      return Optional.empty();
    }
    return s;
  }

  /** A text value exactly as written; `NO` stays the text "NO". */
  public Optional<String> string(String key) {
    Optional<YamlNode> v = get(key);
    if (v.isEmpty()) return Optional.empty();
    if (!v.get().isScalar()) {
      diagnostics()
          .error(
              "yaml-wrong-type",
              v.get().position(),
              "'" + key + "' must be a single value",
              "write it on one line after the colon, in quotes if it contains `: `");
      return Optional.empty();
    }
    return Optional.of(v.get().scalar());
  }

  /** A boolean written exactly `true` or `false`; `yes`, `no`, `on`, `off` are reported. */
  public Optional<Boolean> bool(String key) {
    Optional<YamlNode> v = get(key);
    if (v.isEmpty()) return Optional.empty();
    String s = v.get().scalar();
    if ("true".equals(s) || "false".equals(s)) return Optional.of(Boolean.valueOf(s));
    diagnostics()
        .error(
            "bad-boolean",
            v.get().position(),
            "'" + key + "' must be true or false, not '" + s + "'",
            "write true or false (some YAML tools read yes/no/on/off as booleans, others as text)");
    return Optional.empty();
  }

  /** An exact decimal number; octal-, hex-, float- and underscore-looking values are reported. */
  public Optional<BigDecimal> decimal(String key) {
    Optional<YamlNode> v = get(key);
    if (v.isEmpty()) return Optional.empty();
    Numbers.Parsed p = Numbers.parseDecimal(v.get().scalar());
    if (p.value() != null) return Optional.of(p.value());
    diagnostics().error("bad-number", v.get().position(), p.problem(), p.hint());
    return Optional.empty();
  }

  /** A whole number (for counts such as stale_after_days or order). */
  public Optional<Integer> integer(String key) {
    return decimal(key)
        .flatMap(
            d -> {
              try {
                return Optional.of(d.intValueExact());
              } catch (ArithmeticException e) {
                diagnostics()
                    .error(
                        "bad-number",
                        values.get(key).position(),
                        "'" + key + "' must be a whole number",
                        "write a whole number such as 365");
                return Optional.empty();
              }
            });
  }
}
