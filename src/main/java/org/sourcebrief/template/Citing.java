package org.sourcebrief.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.markdown.RenderedPage;
import org.sourcebrief.paths.PathPlan;
import org.sourcebrief.text.PartialDate;

/**
 * Which narratives cite each fact, source and chart, gathered in narrative order once the pages are
 * rendered, for the indexes and figure pages that list where each is used.
 */
final class Citing {
  private final PathPlan paths;

  /** For each "fact:id", "source:id" and "chart:id", the citing pages' titles and folders. */
  private final Map<String, List<String[]>> citedBy = new TreeMap<>();

  private final Map<String, PartialDate> narrativeDates = new TreeMap<>();
  private final Map<String, PartialDate> publishedDates = new TreeMap<>();

  Citing(PathPlan paths) {
    this.paths = paths;
  }

  void record(Narrative n, RenderedPage page) {
    String folder = paths.narrative(n);
    for (String id : page.facts()) cite("fact:" + id, n.title(), folder);
    for (String id : page.sources()) cite("source:" + id, n.title(), folder);
    for (String id : page.charts()) cite("chart:" + id, n.title(), folder);
    narrativeDates.put(folder, LastModified.of(n));
    if (n.date() != null) publishedDates.put(folder, n.date());
  }

  private void cite(String key, String title, String folder) {
    citedBy.computeIfAbsent(key, k -> new ArrayList<>()).add(new String[] {title, folder});
  }

  /** The pages citing {@code key}, each with its title and a link from the page at {@code root}. */
  List<Map<String, Object>> pages(String key, String root) {
    return citedBy.getOrDefault(key, List.of()).stream()
        .map(p -> PageModels.map("title", p[0], "href", paths.href(root, p[1])))
        .toList();
  }

  /** The full addresses of the pages citing {@code key}. */
  List<String> addresses(String key) {
    return citedBy.getOrDefault(key, List.of()).stream().map(p -> paths.absolute(p[1])).toList();
  }

  /** When the first page showing a chart was published, or null when no dated page shows it. */
  PartialDate firstShown(String chartId) {
    return citedBy.getOrDefault("chart:" + chartId, List.of()).stream()
        .map(p -> publishedDates.get(p[1]))
        .filter(Objects::nonNull)
        .min(PartialDate::compareTo)
        .orElse(null);
  }

  /** When the newest page showing a chart last changed, or {@code otherwise} when none does. */
  PartialDate lastShown(String chartId, PartialDate otherwise) {
    return citedBy.getOrDefault("chart:" + chartId, List.of()).stream()
        .map(p -> narrativeDates.get(p[1]))
        .filter(Objects::nonNull)
        .max(PartialDate::compareTo)
        .orElse(otherwise);
  }
}
