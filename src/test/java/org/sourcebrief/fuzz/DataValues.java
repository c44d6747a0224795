package org.sourcebrief.fuzz;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * The numbers a published site shows are the numbers the editor wrote: each fact's value in
 * data/facts.json and on the fact index equals its literal in the fact file; every {@code <data
 * value>} in prose is the value of a fact; and no non-zero value is shown as zero or as "-0".
 */
final class DataValues {
  private static final Pattern DATA =
      Pattern.compile("<data value=\"([^\"]*)\">(.*?)</data>", Pattern.DOTALL);
  private static final Pattern FIGURE = Pattern.compile("<figure\\b.*?</figure>", Pattern.DOTALL);
  private static final Pattern FACT_SECTION =
      Pattern.compile(
          "<section class=\"fact\" id=\"([^\"]+)\".*?<data value=\"([^\"]*)\"", Pattern.DOTALL);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private DataValues() {}

  static List<Violation> check(Trial.Outcome o) throws IOException {
    List<Violation> v = new ArrayList<>();
    Map<String, BigDecimal> facts = publishedFacts(o.output().get("data/facts.json"));
    Map<String, BigDecimal> written = writtenValues(o.content());
    for (Map.Entry<String, BigDecimal> f : written.entrySet()) {
      BigDecimal published = facts.get(f.getKey());
      if (published != null && published.compareTo(f.getValue()) != 0) {
        v.add(mismatch("facts.json", f.getKey(), f.getValue(), published.toPlainString()));
      }
    }
    String index = text(o.output().get("facts/index.html"));
    Matcher s = FACT_SECTION.matcher(index);
    while (s.find()) {
      BigDecimal value = facts.get(s.group(1));
      if (value == null || !equal(value, s.group(2))) {
        v.add(mismatch("facts/index.html", s.group(1), value, s.group(2)));
      }
    }
    Set<String> values = new TreeSet<>();
    facts.values().forEach(d -> values.add(key(d)));
    for (Map.Entry<String, byte[]> f : o.output().entrySet()) {
      if (f.getKey().endsWith(".html")) checkPage(f.getKey(), text(f.getValue()), values, v);
    }
    return v;
  }

  private static void checkPage(String file, String html, Set<String> values, List<Violation> v) {
    Matcher all = DATA.matcher(html);
    while (all.find()) {
      if (shownAsZero(all.group(1), all.group(2))) {
        v.add(
            new Violation(
                "non-zero value shown as zero",
                file + ": " + all.group() + " (value " + all.group(1) + ")"));
      }
    }
    if (file.startsWith("figures/") || file.equals("facts/index.html")) return;
    Matcher prose = DATA.matcher(FIGURE.matcher(html).replaceAll(""));
    while (prose.find()) {
      Optional<BigDecimal> d = decimal(prose.group(1));
      if (d.isEmpty() || !values.contains(key(d.get()))) {
        v.add(
            new Violation("<data value> in prose is no fact's value", file + ": " + prose.group()));
      }
    }
  }

  /** A value that is not zero shown without a non-zero digit, or a zero shown with a minus. */
  static boolean shownAsZero(String value, String shown) {
    Optional<BigDecimal> d = decimal(value);
    if (d.isEmpty()) return false;
    boolean nonZeroDigit =
        shown.codePoints().anyMatch(c -> Character.isDigit(c) && Character.digit(c, 10) > 0);
    boolean minus = shown.indexOf('-') >= 0 || shown.indexOf('\u2212') >= 0;
    return d.get().signum() != 0 ? !nonZeroDigit : minus;
  }

  private static Map<String, BigDecimal> publishedFacts(byte[] json) throws IOException {
    Map<String, BigDecimal> facts = new TreeMap<>();
    if (json == null) return facts;
    for (JsonNode f : JSON.readTree(json).path("facts")) {
      if (f.path("value").isNumber())
        facts.put(f.path("id").asText(), f.get("value").decimalValue());
      else decimal(f.path("value").asText()).ifPresent(d -> facts.put(f.path("id").asText(), d));
    }
    return facts;
  }

  /** Fact id to the decimal written as its {@code value:}, where a fact file says so plainly. */
  private static Map<String, BigDecimal> writtenValues(Map<String, byte[]> content) {
    Map<String, BigDecimal> values = new TreeMap<>();
    for (Map.Entry<String, byte[]> f : content.entrySet()) {
      if (!f.getKey().startsWith("content/facts/")) continue;
      try {
        Node root = new Yaml(new LoaderOptions()).compose(new StringReader(text(f.getValue())));
        if (root instanceof SequenceNode list) for (Node item : list.getValue()) put(item, values);
      } catch (RuntimeException | StackOverflowError unreadable) {
        // The build read it; if this reader cannot, there is nothing to compare.
      }
    }
    return values;
  }

  private static void put(Node item, Map<String, BigDecimal> values) {
    if (!(item instanceof MappingNode m)) return;
    String id = null;
    String value = null;
    for (NodeTuple t : m.getValue()) {
      if (!(t.getKeyNode() instanceof ScalarNode k)
          || !(t.getValueNode() instanceof ScalarNode s)) {
        continue;
      }
      if (k.getValue().equals("id")) id = s.getValue();
      if (k.getValue().equals("value")) value = s.getValue();
    }
    Optional<BigDecimal> d = value == null ? Optional.empty() : decimal(value);
    if (id != null && d.isPresent()) values.put(id, d.get());
  }

  private static Violation mismatch(String where, String id, Object expected, String actual) {
    return new Violation(
        "published value differs from the fact's",
        where + ": fact " + id + " is " + expected + " but shows " + actual);
  }

  private static boolean equal(BigDecimal d, String text) {
    return decimal(text).map(x -> x.compareTo(d) == 0).orElse(false);
  }

  private static String key(BigDecimal d) {
    return d.signum() == 0 ? "0" : d.stripTrailingZeros().toPlainString();
  }

  static Optional<BigDecimal> decimal(String s) {
    try {
      return Optional.of(new BigDecimal(s.strip()));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String text(byte[] bytes) {
    return bytes == null ? "" : new String(bytes, StandardCharsets.UTF_8);
  }
}
