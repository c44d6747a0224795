package org.sourcebrief.markdown;

import java.util.List;

/**
 * The markup of the pieces a page's text is built from, written by the theme (its {@code _markup/}
 * partials, which a site overrides like any template). Markdown decides what each piece holds and
 * hands it over as a typed model; the theme decides how it looks. Each method returns HTML.
 */
public interface Markup {
  /** A fact's value in the text: {@code <data value="757008">757,008</data>}. */
  String value(Value value);

  /** The footnote markers after a cited value or sentence: {@code <sup class="fn">…}. */
  String markers(List<Marker> markers);

  /** A chart with its caption, data table and downloads. */
  String figure(Figure figure);

  /** The numbered notes that end a page ("Sources"). */
  String notes(List<Note> notes);

  /**
   * @param value the exact value, plain digits; @param text as the reader sees it
   */
  record Value(String value, String text) {}

  /**
   * @param id the marker's own anchor; @param note the note's anchor; @param number its number
   */
  record Marker(String id, String note, int number) {}

  /**
   * @param id the figure's anchor ("fig-returns", "fig-returns-2" for a second showing)
   * @param svg the link to the chart's SVG ("../../figures/returns.svg"), which the page shows
   * @param narrowSvg the link to its phone layout ("../../figures/returns-narrow.svg"), which a
   *     narrow screen shows instead; {@code narrowWidth} × {@code narrowHeight} its size
   * @param png the link to its PNG
   * @param csv the link to its data
   * @param sourceMarkers HTML of the markers after the source line
   * @param about the link to the figure's own page, or "" on that page itself
   * @param embedded true when the figure stands alone inside another site's page: no data table or
   *     downloads, and {@code about} leads back to its page
   */
  record Figure(
      String id,
      String svg,
      String png,
      String csv,
      String alt,
      int width,
      int height,
      String narrowSvg,
      int narrowWidth,
      int narrowHeight,
      String title,
      String sourceLine,
      String sourceMarkers,
      List<String> series,
      List<Row> rows,
      String about,
      boolean embedded) {}

  /** A row of a figure's data table: its label and each cell's HTML (value and markers). */
  record Row(String label, List<String> cells) {}

  /**
   * A numbered note. {@code kind} is "source" (body: the citation's HTML), "footnote" (body: the
   * editor's own footnote), "correction" (body: what a corrected figure said before, and why) or
   * "calculation" (formula and sources instead of a body).
   *
   * @param backs the anchors of the places citing this note, in order
   */
  record Note(
      String id,
      int number,
      String kind,
      String body,
      List<FormulaPart> formula,
      List<Marker> sources,
      List<String> backs) {}

  /** A piece of a formula: a fact's label with its link, or the operators between them. */
  record FormulaPart(String text, String href) {}
}
