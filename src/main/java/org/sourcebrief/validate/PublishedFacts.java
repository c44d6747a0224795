package org.sourcebrief.validate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * The facts as an earlier publication showed them, read from its {@code data/facts.json}: the
 * record a new build is compared with, so that no value changes without a word.
 */
final class PublishedFacts {
  /** One fact as published; {@code date} is its as-of date or period, as written there. */
  record Published(
      String id,
      String label,
      BigDecimal value,
      String unit,
      String date,
      boolean derived,
      List<String> citedBy) {}

  private PublishedFacts() {}

  /** The facts by id, or empty (reported) when the file cannot be read as a facts.json. */
  static Optional<Map<String, Published>> read(Path file, String display, Diagnostics d) {
    try {
      JsonNode root =
          new ObjectMapper()
              .enable(
                  com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
              .readTree(Files.readString(file));
      JsonNode facts = root == null ? null : root.get("facts");
      if (facts == null || !facts.isArray()) throw new IOException("it has no list of facts");
      Map<String, Published> out = new LinkedHashMap<>();
      for (JsonNode f : facts) {
        if (f.hasNonNull("id")) out.put(f.get("id").asText(), published(f));
      }
      return Optional.of(out);
    } catch (IOException | RuntimeException e) {
      d.error(
          "since-unreadable",
          SourcePosition.ofFile(display),
          "the earlier publication's facts cannot be read: " + firstLine(e.getMessage()),
          "point --since at a published site's folder or at its data/facts.json");
      return Optional.empty();
    }
  }

  private static Published published(JsonNode f) {
    List<String> cited = new ArrayList<>();
    if (f.has("cited_by")) f.get("cited_by").forEach(u -> cited.add(u.asText()));
    return new Published(
        f.get("id").asText(),
        text(f, "label"),
        f.hasNonNull("value") ? f.get("value").decimalValue() : null,
        text(f, "unit"),
        date(f),
        f.has("derive"),
        List.copyOf(cited));
  }

  /** "2024-10-31", or "2023-11 – 2024-10" for a period, or null. */
  static String date(JsonNode f) {
    if (f.hasNonNull("as_of")) return f.get("as_of").asText();
    JsonNode p = f.get("period");
    if (p == null || !p.isObject()) return null;
    return text(p, "from") + " – " + text(p, "to");
  }

  private static String text(JsonNode n, String key) {
    return n.hasNonNull(key) ? n.get(key).asText() : null;
  }

  private static String firstLine(String s) {
    return s == null ? "unknown problem" : s.lines().findFirst().orElse(s);
  }
}
