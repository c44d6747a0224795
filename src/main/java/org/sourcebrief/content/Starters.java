package org.sourcebrief.content;

import java.text.Normalizer;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Starter files for `sourcebrief new`: valid content that builds without warnings, with comments
 * saying what to change. Instructions in Markdown sit in link-reference comments ({@code [//]: #
 * (…)}), which render as nothing.
 */
public final class Starters {
  private Starters() {}

  /** "Returns in 2025: a first look" → "returns-in-2025-a-first-look". */
  public static String slug(String title) {
    String ascii = Normalizer.normalize(title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    String s = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return s.isEmpty() ? "briefing" : s;
  }

  public static String briefing(String title, LocalDate today) {
    return "---\n"
        + "title: \""
        + title.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"\n"
        + "summary: \"One sentence saying what this briefing shows.\"\n"
        + "date: "
        + today
        + "\n"
        + "# updated: "
        + today
        + "   # when you revise it later\n"
        + "draft: true                # remove this line to publish it\n"
        + "---\n\n"
        + "[//]: # (Write the briefing below in Markdown. Cite every figure as a fact:)\n"
        + "[//]: # (  the fact's value with its footnote:  {{fact:some_fact_id}})\n"
        + "[//]: # (  a footnote for a statement or quote: {{cite:some-source-id}})\n"
        + "[//]: # (  a chart, on a line of its own:       {{chart:some_chart_id}})\n"
        + "[//]: # (Lines like these starting with [//]: # are notes to yourself; readers never see them.)\n\n"
        + "## What happened\n\n"
        + "Write the first paragraph here.\n";
  }

  public static String fact(String id, String sourceId) {
    return "# A figure and where it comes from. Cite it in a briefing with {{fact:"
        + id
        + "}}.\n"
        + "- id: "
        + id
        + "\n"
        + "  label: \"What this number counts\"   # shown in the fact index and footnotes\n"
        + "  value: 0                            # the figure itself: digits only, e.g. 757008 or 12.5\n"
        + "  unit: people                        # people, percent, usd, … or any word\n"
        + "  as_of: 2024                         # or `period: { from: 2023-11, to: 2024-10 }`\n"
        + "  source: "
        + sourceId
        + "            # an id from content/sources.yaml\n"
        + "  # approximate: true                 # renders \"about 3.2 million\"\n"
        + "  # note: \"Anything a reader should know about this figure.\"\n";
  }

  public static String chart(String id, String factId) {
    return "# A chart drawn from facts. Show it in a briefing with {{chart:"
        + id
        + "}} on its own line.\n"
        + "- id: "
        + id
        + "\n"
        + "  type: bar          # "
        + ChartType.listed()
        + "\n"
        + "  title: \"What the chart shows\"\n"
        + "  alt: \"Bar chart: describe the bars and their values for readers who cannot see it.\"\n"
        + "  y_label: \"People\"\n"
        + "  series:\n"
        + "    - name: \"Series name\"\n"
        + "      points:             # one line per bar, each naming a fact\n"
        + "        - { label: \"First bar\", fact: "
        + factId
        + " }\n";
  }
}
