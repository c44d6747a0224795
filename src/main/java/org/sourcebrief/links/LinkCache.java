package org.sourcebrief.links;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The links that worked, each with the time it was last fetched, kept in a small JSON file so that
 * checks run again and again (as in CI) do not ask publishers for the same page every time. Only
 * working links are kept: a dead or moved one is fetched again on every check, so a fix shows at
 * once. A missing or unreadable file is an empty cache.
 */
final class LinkCache {
  private static final int LAYOUT = 1;
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private final Path file;
  private final Duration maxAge;
  private final Clock clock;
  private final Map<String, Instant> worked = new TreeMap<>();

  LinkCache(Path file, Duration maxAge, Clock clock) {
    this.file = file;
    this.maxAge = maxAge;
    this.clock = clock;
    if (file != null) read();
  }

  /** Whether {@code address} worked recently enough to be trusted without a request. */
  synchronized boolean isFresh(String address) {
    Instant at = worked.get(address);
    return at != null && at.plus(maxAge).isAfter(clock.instant());
  }

  synchronized void remember(String address) {
    worked.put(address, clock.instant());
  }

  /** Writes the entries still fresh, sorted by address, replacing the file in one step. */
  synchronized void save() throws IOException {
    if (file == null) return;
    ObjectNode root = JSON.createObjectNode().put("layout", LAYOUT);
    ObjectNode links = root.putObject("worked");
    worked.entrySet().stream()
        .filter(e -> isFresh(e.getKey()))
        .forEach(e -> links.put(e.getKey(), e.getValue().toString()));
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
    JSON.writeValue(tmp.toFile(), root);
    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  private void read() {
    try {
      if (!Files.isRegularFile(file)) return;
      JsonNode root = JSON.readTree(file.toFile());
      if (root == null || root.path("layout").asInt() != LAYOUT) return;
      Iterator<Map.Entry<String, JsonNode>> it = root.path("worked").fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        worked.put(e.getKey(), Instant.parse(e.getValue().asText()));
      }
    } catch (IOException | DateTimeParseException e) {
      worked.clear(); // a damaged cache only costs a fresh check of every link
    }
  }
}
