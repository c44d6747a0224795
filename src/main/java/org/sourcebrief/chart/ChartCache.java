package org.sourcebrief.chart;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import java.util.zip.CRC32C;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * Rendered charts kept on disk outside the output folder, keyed by a hash of everything that shapes
 * them (the chart data with its values and locale, and the renderer version, which covers the
 * palette and the bundled font), so an unchanged chart is never rendered twice. Each entry starts
 * with a line holding the CRC-32C checksum of its image, checked on every read, so a damaged or
 * altered entry is drawn again (with a notice) instead of being published.
 *
 * <p>The checksum is for damage, not for tampering: whoever can write an entry can write its
 * checksum too, whatever the algorithm. CRC-32C is computed by the processor's own instruction,
 * where a SHA-256 of every image cost about a tenth of the time spent drawing share cards.
 */
public final class ChartCache {
  /** Part of every key, so entries written in an older layout are never looked up. */
  private static final String LAYOUT = "checked-entries-2";

  private static final String HEADER = "crc32c ";
  private static final int HEADER_LENGTH = HEADER.length() + 8 + 1;

  private final Path dir;
  private final Diagnostics diagnostics;

  /** {@code dir} null disables the cache; a damaged entry is reported to {@code diagnostics}. */
  public ChartCache(Path dir, Diagnostics diagnostics) {
    this.dir = dir;
    this.diagnostics = diagnostics;
  }

  static String key(ChartData d) {
    return key(ChartRenderer.VERSION, d);
  }

  /** A key from a renderer version and a record whose text form holds all it draws. */
  public static String key(String version, Record drawn) {
    return sha256((LAYOUT + "\n" + version + "\n" + drawn).getBytes(StandardCharsets.UTF_8));
  }

  /**
   * The image stored under {@code key}, if there is a sound one. Only an ordinary file is read
   * (never a link or a pipe); one whose check fails draws a notice and counts as absent.
   */
  public Optional<byte[]> get(String key, String extension) {
    if (dir == null) return Optional.empty();
    Path p = dir.resolve(key + "." + extension);
    if (!Files.exists(p, LinkOption.NOFOLLOW_LINKS)) return Optional.empty();
    Optional<byte[]> image = Optional.empty();
    try {
      if (Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS)) image = open(Files.readAllBytes(p));
    } catch (IOException e) {
      // an unreadable entry is reported and drawn again, like a damaged one
    }
    if (image.isEmpty()) damaged(p);
    return image;
  }

  /** Writes through a temporary file, so a reader never sees half an image. */
  public void put(String key, String extension, byte[] bytes) {
    if (dir == null) return;
    try {
      Files.createDirectories(dir);
      Path tmp = Files.createTempFile(dir, key, ".tmp");
      byte[] header = (HEADER + checksum(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
      Files.write(tmp, concat(header, bytes));
      Files.move(
          tmp,
          dir.resolve(key + "." + extension),
          StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The image of an entry whose header names the checksum of the rest; empty if it does not. */
  static Optional<byte[]> open(byte[] entry) {
    if (entry.length < HEADER_LENGTH || entry[HEADER_LENGTH - 1] != '\n') return Optional.empty();
    String header = new String(entry, 0, HEADER_LENGTH - 1, StandardCharsets.US_ASCII);
    byte[] image = Arrays.copyOfRange(entry, HEADER_LENGTH, entry.length);
    return header.equals(HEADER + checksum(image)) ? Optional.of(image) : Optional.empty();
  }

  private void damaged(Path entry) {
    diagnostics.notice(
        "cache-entry-damaged",
        SourcePosition.ofFile(entry.toString().replace('\\', '/')),
        "this cached chart image is damaged or was changed; it was drawn again",
        "nothing to do: the site has the fresh image. If this keeps happening,"
            + " delete the cache folder and check the disk");
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  /** CRC-32C of the image, as eight hexadecimal digits. */
  static String checksum(byte[] bytes) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, bytes.length);
    return HexFormat.of().toHexDigits((int) crc.getValue());
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
