package org.sourcebrief.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * The facts file and the chart file of one synthetic briefing. Facts, for prefix {@code p}: six
 * invented counts ({@code p_d<place>_g<group>}, three places × two groups, unit people), their
 * derived total, and an invented funding line (required, received, the derived gap and the derived
 * coverage in percent). Every stated fact is dated within a year of the benchmark's "today"
 * (2025-01-15) or closed with {@code final: true}, so no staleness notice is drawn.
 */
final class SyntheticFacts {
  private SyntheticFacts() {}

  static String yaml(
      String p, List<String> places, String[] groups, List<String> sources, Random random) {
    StringBuilder out =
        new StringBuilder("# " + SyntheticCorpus.LABEL + ".\n# Every figure here is invented.\n");
    List<String> counts = new ArrayList<>();
    for (int d = 1; d <= 3; d++) {
      for (int g = 1; g <= 2; g++) {
        String id = count(p, d, g);
        counts.add(id);
        out.append("\n- id: ")
            .append(id)
            .append("\n  label: \"Synthetic count of ")
            .append(groups[g - 1])
            .append(" in ")
            .append(places.get(d - 1))
            .append(" (invented)\"")
            .append("\n  value: ")
            .append(1_000 + random.nextInt(94_000))
            .append("\n  unit: people\n")
            .append(date(random))
            .append("  source: ")
            .append(sources.get(random.nextInt(sources.size())))
            .append('\n');
        if (random.nextInt(4) == 0) out.append("  approximate: true\n");
      }
    }
    out.append("\n- id: ")
        .append(p)
        .append("_total")
        .append("\n  label: \"Synthetic total across ")
        .append(String.join(", ", places))
        .append(" (calculated from invented counts)\"")
        .append("\n  derive: \"")
        .append(String.join(" + ", counts))
        .append("\"\n  unit: people\n");
    long required = 1_000L * (1_000 + random.nextInt(29_000));
    long received = required * (20 + random.nextInt(70)) / 100 / 1_000 * 1_000;
    String period =
        String.format(
            Locale.ROOT, "  period: { from: 2024-01, to: 2024-%02d }\n", 3 + random.nextInt(10));
    out.append(
        stated(
            p + "_funding_required",
            "Synthetic funding required (invented)",
            required,
            period,
            sources.get(0)));
    out.append(
        stated(
            p + "_funding_received",
            "Synthetic funding received (invented)",
            received,
            period,
            sources.get(1)));
    out.append(
        derived(
            p + "_funding_gap",
            "Synthetic funding still missing (calculated)",
            p + "_funding_required - " + p + "_funding_received",
            "usd"));
    out.append(
        derived(
            p + "_funding_coverage",
            "Share of the synthetic funding received" + " (calculated)",
            p + "_funding_received / " + p + "_funding_required * 100",
            "percent"));
    return out.toString();
  }

  static String count(String p, int place, int group) {
    return p + "_d" + place + "_g" + group;
  }

  static String chartYaml(
      String p, String type, List<String> places, String[] groups, String source, Random random) {
    String head =
        "# "
            + SyntheticCorpus.LABEL
            + ".\n# Every figure here is invented.\n\n"
            + "- id: "
            + p
            + "_chart\n  type: "
            + type
            + "\n";
    return head
        + switch (type) {
          case "bar" ->
              titled(
                      "Synthetic " + groups[0] + " by place (invented data)",
                      "Synthetic bar chart of invented counts of "
                          + groups[0]
                          + " in "
                          + list(places))
                  + "  y_label: \"People\"\n  series:\n"
                  + series(p, places, groups, 1);
          case "stacked_bar" ->
              titled(
                      "Synthetic " + groups[0] + " and " + groups[1] + " by place (invented data)",
                      "Synthetic stacked bar chart of invented counts of "
                          + groups[0]
                          + " and "
                          + groups[1]
                          + " in "
                          + list(places))
                  + "  y_label: \"People\"\n  series:\n"
                  + series(p, places, groups, 1)
                  + series(p, places, groups, 2);
          case "donut" ->
              titled(
                      "Synthetic shares of " + groups[1] + " by place (invented data)",
                      "Synthetic donut chart dividing invented counts of "
                          + groups[1]
                          + " between "
                          + list(places))
                  + "  series:\n"
                  + series(p, places, groups, 2);
          case "line" ->
              titled(
                      "Synthetic monthly arrivals (invented data)",
                      "Synthetic line chart of invented monthly arrivals during 2024")
                  + "  y_label: \"People per month\"\n"
                  + table(source, 1, random);
          default ->
              titled(
                      "Synthetic monthly arrivals and departures (invented data)",
                      "Synthetic area chart of invented monthly arrivals and departures during 2024")
                  + "  y_label: \"People per month\"\n"
                  + table(source, 2, random);
        };
  }

  // Half the counts are as of a day in 2024; a few cover a closed year and are final.
  private static String date(Random random) {
    return switch (random.nextInt(5)) {
      case 0 -> "  period: { from: 2023-01, to: 2023-12 }\n  final: true\n";
      case 1, 2 ->
          String.format(
              Locale.ROOT, "  period: { from: 2024-01, to: 2024-%02d }\n", 3 + random.nextInt(10));
      default ->
          String.format(
              Locale.ROOT,
              "  as_of: 2024-%02d-%02d\n",
              3 + random.nextInt(10),
              1 + random.nextInt(28));
    };
  }

  private static String stated(String id, String label, long value, String period, String src) {
    return "\n- id: "
        + id
        + "\n  label: \""
        + label
        + "\"\n  value: "
        + value
        + "\n  unit: usd\n"
        + period
        + "  source: "
        + src
        + "\n";
  }

  private static String derived(String id, String label, String formula, String unit) {
    return "\n- id: "
        + id
        + "\n  label: \""
        + label
        + "\"\n  derive: \""
        + formula
        + "\"\n  unit: "
        + unit
        + "\n";
  }

  private static String titled(String title, String alt) {
    return "  title: \"" + title + "\"\n  alt: \"" + alt + ".\"\n";
  }

  private static String series(String p, List<String> places, String[] groups, int g) {
    StringBuilder out =
        new StringBuilder("    - name: \"Synthetic " + groups[g - 1] + "\"\n" + "      points:\n");
    for (int d = 1; d <= 3; d++) {
      out.append("        - { label: \"")
          .append(places.get(d - 1))
          .append("\", fact: ")
          .append(count(p, d, g))
          .append(" }\n");
    }
    return out.toString();
  }

  private static String table(String source, int columns, Random random) {
    StringBuilder out =
        new StringBuilder(
            "  table:\n    source: "
                + source
                + "\n    columns: [month, \"Synthetic arrivals\""
                + (columns > 1 ? ", \"Synthetic departures\"" : "")
                + "]\n    rows:\n");
    int months = 6 + random.nextInt(7);
    for (int m = 1; m <= months; m++) {
      out.append(String.format(Locale.ROOT, "      - [2024-%02d", m));
      for (int c = 0; c < columns; c++) out.append(", ").append(500 + random.nextInt(20_000));
      out.append("]\n");
    }
    return out.toString();
  }

  private static String list(List<String> places) {
    return places.get(0) + ", " + places.get(1) + " and " + places.get(2);
  }
}
