package org.sourcebrief.chart.card;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.sourcebrief.chart.ChartData;
import org.sourcebrief.chart.ChartRenderer;
import org.sourcebrief.chart.RightToLeftCharts;

/**
 * Manual check, not a test: writes the Dari, Pashto and Urdu test charts as SVG and PNG, and two
 * Dari share cards, to {@code /tmp/rtl} (or the folder given as the first argument) for looking at.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     org.sourcebrief.chart.card.RightToLeftPreview
 * </pre>
 */
public final class RightToLeftPreview {

  private RightToLeftPreview() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/rtl");
    Files.createDirectories(dir);
    ChartRenderer charts = new ChartRenderer();
    Map<String, ChartData> all =
        Map.of(
            "dari-bar", RightToLeftCharts.dariBars(),
            "dari-donut", RightToLeftCharts.dariDonut(),
            "dari-line", RightToLeftCharts.dariLines(),
            "pashto-bar", RightToLeftCharts.pashtoBars(),
            "urdu-bar", RightToLeftCharts.urduBars());
    for (Map.Entry<String, ChartData> e : all.entrySet()) {
      Files.write(dir.resolve(e.getKey() + ".svg"), charts.svg(e.getValue()));
      Files.write(dir.resolve(e.getKey() + ".png"), charts.png(e.getValue()));
    }
    ChartData bars = RightToLeftCharts.dariBars();
    ShareCardRenderer cards = new ShareCardRenderer();
    Files.write(
        dir.resolve("dari-card-chart.png"),
        cards.png(
            ShareCard.ofChart(
                "افغان‌ها در پاکستان", bars.siteName(), bars.sourceLine(), bars.locale(), bars)));
    Files.write(
        dir.resolve("dari-card-fact.png"),
        cards.png(
            ShareCard.ofFact(
                "بازگشت افغان‌ها از پاکستان",
                bars.siteName(),
                bars.sourceLine(),
                bars.locale(),
                new ShareCard.Fact("۷۵۷٬۰۰۸", "افغان‌های بدون مدرک بازگردانده‌شده", "۲۰۲۳–۲۰۲۴"))));
    System.out.println("wrote to " + dir);
  }
}
