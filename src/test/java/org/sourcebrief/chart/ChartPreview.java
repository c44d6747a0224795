package org.sourcebrief.chart;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.sourcebrief.content.ChartType;

/**
 * Manual check, not a test: writes every chart type, drawn from synthetic data, to {@code
 * /tmp/charts/<type>.svg} and {@code .png} (or the folder given as the first argument) for looking
 * at in a browser and an image viewer.
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=/tmp/cp.txt
 * java -Djava.awt.headless=true -cp target/classes:target/test-classes:$(cat /tmp/cp.txt) \
 *     org.sourcebrief.chart.ChartPreview
 * </pre>
 */
public final class ChartPreview {

  private ChartPreview() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args.length > 0 ? args[0] : "/tmp/charts");
    Locale locale = args.length > 1 ? Locale.forLanguageTag(args[1]) : Locale.US;
    Files.createDirectories(dir);
    ChartRenderer renderer = new ChartRenderer();
    for (String type : ChartType.ids()) {
      ChartData d = SyntheticCharts.of(type, locale);
      Files.write(dir.resolve(type + ".svg"), renderer.svg(d));
      Files.write(dir.resolve(type + ".png"), renderer.png(d));
    }
    System.out.println("wrote " + ChartType.ids().size() * 2 + " files to " + dir);
  }
}
