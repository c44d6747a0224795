package org.sourcebrief.bench;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartRenderer;
import org.sourcebrief.content.ChartType;

/**
 * Render time per chart, on one thread, for each chart type and each format: {@code runs} warm-up
 * renders of every type and format first (so the JIT has compiled the drawing code), then {@code
 * runs} timed renders each; the median is reported. Synthetic data, labelled so.
 */
final class ChartMicroBenchmark {
  private static final String SOURCE = "Source: Synthetic Statistics Office (invented data)";
  private static final String SITE = "Synthetic benchmark corpus";

  /** Median milliseconds per render, and the size of one output, for one type. */
  record Result(String type, double svgMs, double pngMs, int svgBytes, int pngBytes) {}

  private ChartMicroBenchmark() {}

  static List<Result> measure(int runs) {
    ChartRenderer renderer = new ChartRenderer();
    List<ChartData> charts = ChartType.ids().stream().map(ChartMicroBenchmark::data).toList();
    for (int i = 0; i < runs; i++) {
      for (ChartData d : charts) {
        renderer.svg(d);
        renderer.png(d);
      }
    }
    List<Result> out = new ArrayList<>();
    for (ChartData d : charts) {
      out.add(
          new Result(
              d.type().id(),
              time(renderer::svg, d, runs),
              time(renderer::png, d, runs),
              renderer.svg(d).length,
              renderer.png(d).length));
    }
    return out;
  }

  private static double time(Function<ChartData, byte[]> render, ChartData d, int runs) {
    List<Double> ms = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      long start = System.nanoTime();
      render.apply(d);
      ms.add((System.nanoTime() - start) / 1e6);
    }
    return Median.of(ms);
  }

  static ChartData data(String type) {
    List<String> places = List.of("Norholm", "Fenford", "Elmere");
    List<String> months =
        List.of(
            "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08",
            "2024-09");
    Map<String, double[]> series = new LinkedHashMap<>();
    List<String> categories = places;
    switch (type) {
      case "bar", "donut" -> series.put("Synthetic girls", new double[] {37_121, 57_528, 34_554});
      case "stacked_bar" -> {
        series.put("Synthetic girls", new double[] {37_121, 57_528, 34_554});
        series.put("Synthetic boys", new double[] {39_005, 29_328, 76_803});
      }
      case "line" -> {
        categories = months;
        series.put(
            "Synthetic arrivals",
            new double[] {20_315, 19_435, 20_307, 3_090, 5_835, 3_834, 7_696, 13_501, 9_870});
      }
      default -> {
        categories = months;
        series.put(
            "Synthetic arrivals",
            new double[] {6_259, 12_461, 2_695, 17_616, 12_955, 7_478, 1_089, 12_813, 8_001});
        series.put(
            "Synthetic departures",
            new double[] {15_671, 9_987, 14_738, 18_938, 17_910, 5_269, 13_813, 17_289, 4_200});
      }
    }
    List<ChartData.Series> list =
        series.entrySet().stream()
            .map(
                e ->
                    new ChartData.Series(
                        e.getKey(),
                        Arrays.stream(e.getValue()).mapToObj(BigDecimal::valueOf).toList()))
            .toList();
    return new ChartData(
        "synthetic_" + type,
        ChartType.of(type).orElseThrow(),
        "Synthetic " + type.replace('_', ' ') + " chart (invented data)",
        "Synthetic " + type.replace('_', ' ') + " chart of invented" + " figures.",
        "donut".equals(type) ? "" : "People",
        categories,
        list,
        SOURCE,
        SITE,
        Locale.US);
  }
}
