package org.sourcebrief.chart;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.pngencoder.PngEncoder;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.sourcebrief.chart.card.CardPixels;
import org.sourcebrief.content.ChartType;
import org.sourcebrief.testing.InParallel;

/**
 * The PNG encoding: the same pixels as the ImageIO writer it replaced, and the same bytes always.
 */
class PngEncodingTest {

  /** Every chart type, and cards with a fact, a chart, a title only and right-to-left text. */
  private static Map<String, BufferedImage> images() {
    Map<String, BufferedImage> images = new LinkedHashMap<>();
    for (String type : ChartType.ids()) {
      images.put("chart " + type, ChartPixels.of(SyntheticCharts.of(type, Locale.US)));
    }
    for (String kind : List.of("fact", "chart-line", "title", "rtl", "empty")) {
      images.put("card " + kind, CardPixels.of(CardPixels.samples().get(kind)));
    }
    return images;
  }

  @Test
  void decodesToTheSamePixelsAsTheImageIoWriter() {
    images()
        .forEach(
            (name, image) -> {
              int[] drawn = pixels(image);
              assertArrayEquals(drawn, pixels(decode(PngComposer.encode(image))), name);
              assertArrayEquals(drawn, pixels(decode(ImageIoPng.encode(image))), name);
            });
  }

  @Test
  void sameImageGivesTheSameBytesOnAnyNumberOfThreads() throws Exception {
    List<Supplier<byte[]>> encodes = new ArrayList<>();
    for (BufferedImage image : images().values()) {
      encodes.add(() -> PngComposer.encode(image));
    }
    InParallel.assertSameBytes(encodes, 3);
  }

  @Test
  void theLibrarysDefaultsDoNotReachTheBytes() {
    BufferedImage image = ChartPixels.of(SyntheticCharts.of("bar", Locale.US));
    byte[] png = PngComposer.encode(image);
    int level = PngEncoder.DEFAULT_COMPRESSION_LEVEL;
    try {
      PngEncoder.DEFAULT_COMPRESSION_LEVEL = 9;
      assertArrayEquals(png, PngComposer.encode(image));
    } finally {
      PngEncoder.DEFAULT_COMPRESSION_LEVEL = level;
    }
  }

  /** No metadata at all (no time, no text, no colour profile): only the header, pixels and end. */
  @Test
  void writesOnlyTheHeaderThePixelsAndTheEnd() {
    BufferedImage image = CardPixels.of(CardPixels.samples().get("fact"));
    ByteBuffer png = ByteBuffer.wrap(PngComposer.encode(image));
    png.position(8);
    List<String> chunks = new ArrayList<>();
    while (png.hasRemaining()) {
      int length = png.getInt();
      byte[] type = new byte[4];
      png.get(type);
      chunks.add(new String(type, StandardCharsets.US_ASCII));
      png.position(png.position() + length + 4);
    }
    assertEquals("IHDR", chunks.get(0));
    assertEquals("IEND", chunks.get(chunks.size() - 1));
    assertTrue(
        chunks.subList(1, chunks.size() - 1).stream().allMatch("IDAT"::equals), chunks.toString());
  }

  private static BufferedImage decode(byte[] png) {
    try {
      return ImageIO.read(new ByteArrayInputStream(png));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static int[] pixels(BufferedImage image) {
    int w = image.getWidth();
    int h = image.getHeight();
    int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
    // Decoded PNGs carry an opaque alpha; compare colour only.
    return IntStream.of(rgb).map(p -> p & 0xFFFFFF).toArray();
  }
}
