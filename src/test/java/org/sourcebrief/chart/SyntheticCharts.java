package org.sourcebrief.chart;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.sourcebrief.content.ChartType;

/** Synthetic chart data for tests and previews: invented numbers, labelled as such. */
public final class SyntheticCharts {

  public static final String SOURCE = "Source: Synthetic test data, via Sourcebrief test suite";
  public static final String SITE = "Sourcebrief test site";

  private SyntheticCharts() {}

  public static ChartData of(String type, Locale locale) {
    return switch (type) {
      case "bar" -> fiveBars(locale);
      case "stacked_bar" -> stackedBars(locale);
      case "line" -> line(locale);
      case "area" -> area(locale);
      case "donut" -> donut(locale);
      default -> throw new IllegalArgumentException(type);
    };
  }

  public static ChartData fiveBars(Locale locale) {
    return new ChartData(
        "synthetic_bar",
        ChartType.BAR,
        "Synthetic people by status (test data)",
        "Bar chart of synthetic test data: registered 1.3 million, other status 800,000,"
            + " undocumented 600,000, returned 2023 450,000, returned 2024 900,000.",
        "People",
        List.of(
            "Registered",
            "Other legal status",
            "Undocumented (estimate)",
            "Returned 2023",
            "Returned 2024"),
        List.of(series("Synthetic people", 1_300_000, 800_000, 600_000, 450_000, 900_000)),
        SOURCE,
        SITE,
        locale);
  }

  static ChartData stackedBars(Locale locale) {
    return new ChartData(
        "synthetic_stacked_bar",
        ChartType.STACKED_BAR,
        "Synthetic returns by crossing point (test data)",
        "Stacked bar chart of synthetic test data by quarter and crossing point.",
        "Returns",
        List.of("Q1 2024", "Q2 2024", "Q3 2024", "Q4 2024"),
        List.of(
            series("Torkham", 120_000, 95_000, 150_000, 80_000),
            series("Spin Boldak", 60_000, 70_000, 40_000, 55_000),
            series("Other crossings", 15_000, 12_500, 20_000, 9_000)),
        SOURCE,
        SITE,
        locale);
  }

  static ChartData line(Locale locale) {
    return new ChartData(
        "synthetic_line",
        ChartType.LINE,
        "Synthetic monthly returns (test data)",
        "Line chart of synthetic monthly test data for two series, November 2023 to June 2024.",
        "Returns per month",
        List.of(
            "2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"),
        List.of(
            series("Deported", 12_000, 9_000, 15_500, 21_000, 18_250, 30_000, 26_500, 19_000),
            series("Returned", 40_000, 35_000, 22_000, 18_000, 16_500, 14_000, 12_000, 11_000)),
        SOURCE,
        SITE,
        locale);
  }

  static ChartData area(Locale locale) {
    return new ChartData(
        "synthetic_area",
        ChartType.AREA,
        "Synthetic cumulative returns (test data)",
        "Stacked area chart of synthetic cumulative test data for two series.",
        "People",
        List.of("2023-11", "2023-12", "2024-01", "2024-02", "2024-03", "2024-04"),
        List.of(
            series("Deported", 50_000, 120_000, 180_000, 260_000, 330_000, 420_000),
            series("Returned", 150_000, 300_000, 390_000, 470_000, 530_000, 600_000)),
        SOURCE,
        SITE,
        locale);
  }

  static ChartData donut(Locale locale) {
    return new ChartData(
        "synthetic_donut",
        ChartType.DONUT,
        "Synthetic population by legal status (test data)",
        "Donut chart of synthetic test data: 1.3 million registered, 800,000 with other legal"
            + " status and 600,000 undocumented.",
        null,
        List.of("Registered refugees", "Other legal status", "Undocumented (estimate)"),
        List.of(series("Synthetic population", 1_300_000, 800_000, 600_000)),
        SOURCE,
        SITE,
        locale);
  }

  static ChartData.Series series(String name, double... values) {
    return new ChartData.Series(
        name, java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList());
  }
}
