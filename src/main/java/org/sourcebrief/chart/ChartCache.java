package org.sourcebrief.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Rendered charts kept on disk outside the output folder, keyed by a hash of everything that shapes
 * them (the chart data with its values and locale, and the renderer version, which covers the
 * palette and the bundled font), so an unchanged chart is never rendered twice.
 */
final class ChartCache {
  private final Path dir;

  /** {@code dir} null disables the cache. */
  ChartCache(Path dir) {
    this.dir = dir;
  }

  static String key(ChartData d) {
    return key(ChartRenderer.VERSION, d);
  }

  /** A key from a renderer version and a record whose text form holds all it draws. */
  static String key(String version, Record drawn) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update((version + "\n" + drawn).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  Optional<byte[]> get(String key, String extension) {
    if (dir == null) return Optional.empty();
    Path p = dir.resolve(key + "." + extension);
    try {
      return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // an unreadable entry is rendered again
    }
  }

  /** Writes through a temporary file, so a reader never sees half an image. */
  void put(String key, String extension, byte[] bytes) {
    if (dir == null) return;
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".tmp");
      Files.write(tmp, bytes);
      Files.move(
          tmp,
          dir.resolve(key + "." + extension),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
