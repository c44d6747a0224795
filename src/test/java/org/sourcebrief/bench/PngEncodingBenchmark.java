package org.sourcebrief.bench;

import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartPixels;
import org.sourcebrief.chart.ChartRenderer;
import org.sourcebrief.chart.ImageIoPng;
import org.sourcebrief.chart.PngComposer;
import org.sourcebrief.chart.card.CardPixels;
import org.sourcebrief.chart.card.ShareCard;
import org.sourcebrief.chart.card.ShareCardRenderer;
import org.sourcebrief.content.ChartType;

/**
 * CPU time per image of the PNG encoder Sourcebrief uses and of the ImageIO writer it replaced
 * ({@link ImageIoPng}), measured in the same run: the encoder alone on the same pixels, and end to
 * end (a chart's SVG and PNG, a share card drawn and encoded). Old and new alternate within every
 * round, so a noisy machine slows both alike. One thread; CPU time of that thread, not wall time.
 * Synthetic data, labelled so. Run alone with {@code java -cp … PngEncodingBenchmark [rounds]}.
 */
final class PngEncodingBenchmark {

  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();

  /** Medians over rounds of the mean CPU milliseconds per image, and mean bytes per image. */
  record Result(
      String image,
      int images,
      double oldEncodeMs,
      double newEncodeMs,
      double oldEndToEndMs,
      double newEndToEndMs,
      double oldKb,
      double newKb) {}

  private PngEncodingBenchmark() {}

  public static void main(String[] args) {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 20;
    Report report = new Report("");
    report.pngEncoding(measure(rounds), rounds);
    System.out.print(report.markdown());
  }

  static List<Result> measure(int rounds) {
    List<ChartData> charts = ChartType.ids().stream().map(ChartMicroBenchmark::data).toList();
    List<ShareCard> cards = cards(charts);
    ChartRenderer charter = new ChartRenderer();
    ShareCardRenderer carder = new ShareCardRenderer();
    List<Supplier<BufferedImage>> chartPixels = new ArrayList<>();
    List<Supplier<byte[]>> oldCharts = new ArrayList<>();
    List<Supplier<byte[]>> newCharts = new ArrayList<>();
    for (ChartData d : charts) {
      chartPixels.add(() -> ChartPixels.of(d));
      oldCharts.add(() -> both(charter.svg(d), ImageIoPng.encode(ChartPixels.of(d))));
      newCharts.add(() -> both(charter.svg(d), charter.png(d)));
    }
    List<Supplier<BufferedImage>> cardPixels = new ArrayList<>();
    List<Supplier<byte[]>> oldCards = new ArrayList<>();
    List<Supplier<byte[]>> newCards = new ArrayList<>();
    for (ShareCard c : cards) {
      cardPixels.add(() -> CardPixels.of(c));
      oldCards.add(() -> ImageIoPng.encode(CardPixels.of(c)));
      newCards.add(() -> carder.png(c));
    }
    // Warm-up rounds, so the JIT has compiled both encoders and the drawing code.
    Series chart = new Series("chart (SVG + PNG)", chartPixels, oldCharts, newCharts);
    Series card = new Series("share card", cardPixels, oldCards, newCards);
    for (int i = 0; i < rounds; i++) {
      chart.round(i % 2 == 0, false);
      card.round(i % 2 == 0, false);
    }
    for (int i = 0; i < rounds; i++) {
      chart.round(i % 2 == 0, true);
      card.round(i % 2 == 0, true);
    }
    return List.of(chart.result(), card.result());
  }

  private static List<ShareCard> cards(List<ChartData> charts) {
    String site = "Synthetic benchmark corpus";
    String source = "Source: Synthetic Statistics Office (invented data)";
    List<ShareCard> cards = new ArrayList<>();
    for (ChartData d : charts) {
      cards.add(
          ShareCard.ofChart("Synthetic briefing (invented data)", site, source, Locale.US, d));
    }
    cards.add(
        ShareCard.ofFact(
            "Synthetic arrivals briefing (invented data)",
            site,
            source,
            Locale.US,
            new ShareCard.Fact("757,008", "Synthetic arrivals (invented)", "2024")));
    cards.add(
        ShareCard.titleOnly("About this synthetic corpus (invented data)", site, "", Locale.US));
    return cards;
  }

  private static byte[] both(byte[] svg, byte[] png) {
    return svg.length > png.length ? svg : png;
  }

  /** One kind of image: its encoders alone and end to end, old and new, round by round. */
  private static final class Series {
    private final String name;
    private final List<Supplier<BufferedImage>> pixels;
    private final List<Supplier<byte[]>> oldRenders;
    private final List<Supplier<byte[]>> newRenders;
    private final List<Double> oldEncode = new ArrayList<>();
    private final List<Double> newEncode = new ArrayList<>();
    private final List<Double> oldEndToEnd = new ArrayList<>();
    private final List<Double> newEndToEnd = new ArrayList<>();
    private long oldBytes;
    private long newBytes;

    Series(
        String name,
        List<Supplier<BufferedImage>> pixels,
        List<Supplier<byte[]>> oldRenders,
        List<Supplier<byte[]>> newRenders) {
      this.name = name;
      this.pixels = pixels;
      this.oldRenders = oldRenders;
      this.newRenders = newRenders;
    }

    /** Every image once with each encoder and each renderer; the old one first when asked. */
    void round(boolean oldFirst, boolean record) {
      double[] enc = {0, 0};
      double[] e2e = {0, 0};
      for (int i = 0; i < pixels.size(); i++) {
        BufferedImage image = pixels.get(i).get();
        for (int k = 0; k < 2; k++) {
          boolean old = (k == 0) == oldFirst;
          enc[old ? 0 : 1] +=
              cpuMs(() -> old ? ImageIoPng.encode(image) : PngComposer.encode(image));
          e2e[old ? 0 : 1] += cpuMs(old ? oldRenders.get(i) : newRenders.get(i));
        }
        if (record && oldEncode.isEmpty()) {
          oldBytes += ImageIoPng.encode(image).length;
          newBytes += PngComposer.encode(image).length;
        }
      }
      if (record) {
        int n = pixels.size();
        oldEncode.add(enc[0] / n);
        newEncode.add(enc[1] / n);
        oldEndToEnd.add(e2e[0] / n);
        newEndToEnd.add(e2e[1] / n);
      }
    }

    Result result() {
      int n = pixels.size();
      return new Result(
          name,
          n,
          Median.of(oldEncode),
          Median.of(newEncode),
          Median.of(oldEndToEnd),
          Median.of(newEndToEnd),
          oldBytes / 1024.0 / n,
          newBytes / 1024.0 / n);
    }
  }

  private static double cpuMs(Supplier<byte[]> work) {
    long start = CPU.getCurrentThreadCpuTime();
    work.get();
    return (CPU.getCurrentThreadCpuTime() - start) / 1e6;
  }
}
