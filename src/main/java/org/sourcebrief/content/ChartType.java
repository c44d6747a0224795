package org.sourcebrief.content;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of chart there are, as written in {@code type:}, each with the rules that set it apart:
 * how its values are drawn, whether its series add up, and how many points it may hold. A new kind
 * is a new constant here; only a new way of drawing (a new {@link Mark}) needs the chart stage too.
 */
public enum ChartType {
  BAR("bar", Mark.BAR, false, 250, ChartType.FEWER_BARS),
  STACKED_BAR("stacked_bar", Mark.BAR, true, 250, ChartType.FEWER_BARS),
  LINE("line", Mark.LINE, false, 10_000, ChartType.FEWER_POINTS),
  AREA("area", Mark.AREA, true, 10_000, ChartType.FEWER_POINTS),
  DONUT("donut", Mark.SLICE, false, 100, "group the smallest slices into one, such as \"Other\"");

  /** How one value is drawn. */
  public enum Mark {
    /** A bar rising from zero, one group of bars per category. */
    BAR,
    /** A point on a line running across the categories. */
    LINE,
    /** A line with the area under it filled. */
    AREA,
    /** A slice of a ring: the parts of one whole. */
    SLICE
  }

  private static final String FEWER_BARS = "show fewer bars, or draw a long series as a line chart";
  private static final String FEWER_POINTS =
      "summarise the rows (by week or month, say) or split the chart";

  private final String id;
  private final Mark mark;
  private final boolean stacked;
  private final int maxPoints;
  private final String fewerPointsHint;

  ChartType(String id, Mark mark, boolean stacked, int maxPoints, String fewerPointsHint) {
    this.id = id;
    this.mark = mark;
    this.stacked = stacked;
    this.maxPoints = maxPoints;
    this.fewerPointsHint = fewerPointsHint;
  }

  /** The type as written in {@code type:}, given a known one. */
  public static Optional<ChartType> of(String id) {
    return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
  }

  /** Every type as written, in the order they are listed to the user. */
  public static List<String> ids() {
    return Arrays.stream(values()).map(ChartType::id).toList();
  }

  /** "bar, stacked_bar, line, area or donut". */
  public static String listed() {
    List<String> ids = ids();
    return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.get(ids.size() - 1);
  }

  /** The type as written in {@code type:}, such as {@code stacked_bar}. */
  public String id() {
    return id;
  }

  /** The type in words, such as "stacked bar". */
  public String words() {
    return id.replace('_', ' ');
  }

  public Mark mark() {
    return mark;
  }

  /** Whether the series are drawn on top of one another, so each category shows their total. */
  public boolean stacked() {
    return stacked;
  }

  /** Whether the chart shows the parts of one whole, and so holds exactly one series. */
  public boolean oneSeries() {
    return mark == Mark.SLICE;
  }

  /** Whether the categories run along an axis as a line, which may be thinned for drawing. */
  public boolean continuous() {
    return mark == Mark.LINE || mark == Mark.AREA;
  }

  /** The most points a chart of this type may hold: beyond it no reader could tell them apart. */
  public int maxPoints() {
    return maxPoints;
  }

  /** What a chart's points are called in a message: points, or a donut's slices. */
  public String pointsWord() {
    return mark == Mark.SLICE ? "slices" : "points";
  }

  /** How to bring a chart with too many points within {@link #maxPoints()}. */
  public String fewerPointsHint() {
    return fewerPointsHint;
  }

  /** The type as written, so a message or a cache key reads as the YAML does. */
  @Override
  public String toString() {
    return id;
  }
}
