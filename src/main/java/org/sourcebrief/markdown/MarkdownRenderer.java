package org.sourcebrief.markdown;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sourcebrief.chart.RenderedChart;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.lint.NakedNumberLint;
import org.sourcebrief.text.Credits;
import org.sourcebrief.text.ValueFormatter;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedChart;
import org.sourcebrief.validate.CheckedContent;

/**
 * Turns narratives into HTML. The parser and renderer are built once and reused for every page;
 * each page's own state (its notes, the HTML of its references) travels on its document.
 */
public final class MarkdownRenderer {
  private static final NullableDataKey<Map<Node, String>> REFERENCE_HTML =
      new NullableDataKey<>("sourcebrief.referenceHtml");

  private final CheckedContent content;
  private final Diagnostics diagnostics;
  private final ValueFormatter values;
  private final Parser parser;
  private final HtmlRenderer renderer;
  private final NotesSection notesSection;

  private final FigureHtml figures;
  private final Markup markup;

  /** What a page that could not be read renders as; its error stops the build. */
  private static final RenderedPage EMPTY = new RenderedPage("", List.of(), List.of(), List.of());

  /** {@code markup} writes the pieces the theme owns; {@code words} are the interface words. */
  public MarkdownRenderer(
      CheckedContent content,
      Map<String, RenderedChart> charts,
      Diagnostics diagnostics,
      Words words,
      Markup markup) {
    this.content = content;
    this.diagnostics = diagnostics;
    this.markup = markup;
    this.values = new ValueFormatter(words);
    this.figures = new FigureHtml(content, values, new Credits(words), markup, charts);
    MutableDataSet options = options(content.config().allowHtml());
    this.parser =
        Parser.builder(options)
            .extensions(List.of(TablesExtension.create(), FootnoteExtension.create()))
            .customInlineParserExtensionFactory(new ReferenceParser.Factory())
            .build();
    this.renderer =
        HtmlRenderer.builder(options)
            .extensions(List.of(TablesExtension.create()))
            .nodeRendererFactory(o -> new ReferenceHtml())
            .build();
    this.notesSection = new NotesSection(content, new Citations(content, words), renderer, markup);
  }

  private static MutableDataSet options(boolean allowHtml) {
    MutableDataSet o = new MutableDataSet();
    o.set(HtmlRenderer.ESCAPE_HTML, !allowHtml);
    o.set(HtmlRenderer.GENERATE_HEADER_ID, true);
    o.set(HtmlRenderer.RENDER_HEADER_ID, true);
    o.set(HtmlRenderer.SOFT_BREAK, "\n");
    // An address may hold what a browser refuses raw (`<`, a quote, a non-ASCII letter): write it
    // percent-encoded, as CommonMark's reference renderer does, so every href is a valid URL.
    o.set(HtmlRenderer.PERCENT_ENCODE_URLS, true);
    o.set(HtmlRenderer.SUPPRESSED_LINKS, "(?i)[\\s\\x00-\\x1f]*(javascript|vbscript|data):.*");
    return o;
  }

  /** Renders one narrative; {@code root} is the relative path from its page to the site root. */
  public RenderedPage render(Narrative n, String root) {
    return render(n, root, diagnostics);
  }

  /** The same, reporting this page's problems to {@code diagnostics}. */
  public RenderedPage render(Narrative n, String root, Diagnostics diagnostics) {
    BodyPositions positions = new BodyPositions(n.file(), n.body(), n.bodyFirstLine());
    int deep = NestingLimit.tooDeep(n.body());
    if (deep >= 0) {
      diagnostics.error(
          "markdown-too-deep",
          positions.at(deep),
          "quotations and lists nest more than " + NestingLimit.MAX_DEPTH + " levels deep here",
          "a page reads best with a few levels at most; remove the extra '>' or list markers");
      return EMPTY;
    }
    return DeepStack.run(() -> renderWithin(n, root, diagnostics, positions))
        .orElseGet(() -> tooComplex(positions, diagnostics));
  }

  private static RenderedPage tooComplex(BodyPositions positions, Diagnostics diagnostics) {
    diagnostics.error(
        "markdown-too-deep",
        positions.at(0),
        "this page nests too deeply, or repeats one mark too often, to be read",
        "look for a very long run of '*', '_' or '-', or for quotations and lists nested"
            + " many levels deep");
    return EMPTY;
  }

  private RenderedPage renderWithin(
      Narrative n, String root, Diagnostics diagnostics, BodyPositions positions) {
    Document doc = parser.parse(n.body());
    Node deep = NestingLimit.tooDeep(doc);
    if (deep != null) {
      diagnostics.error(
          "markdown-too-deep",
          positions.at(deep.getStartOffset()),
          "quotations and lists nest more than "
              + NestingLimit.MAX_TREE_DEPTH
              + " levels deep here",
          "a page reads best with a few levels at most; remove the extra '>' or list markers");
      return EMPTY;
    }
    UnsafeLinks.check(doc, content.config().allowHtml(), positions, diagnostics);
    ChartBlocks.replace(doc);
    ReferenceResolver r =
        new ReferenceResolver(content, values, diagnostics, positions, figures, markup, root);
    r.walk(doc);
    NakedNumberLint.check(doc, content.config().lintAllow(), positions::at, diagnostics);
    doc.set(REFERENCE_HTML, r.html);
    String body = renderer.render(doc);
    String notes = notesSection.html(r.notes.inOrder(), r.footnotes, r.notes, root);
    return new RenderedPage(
        body + notes,
        List.copyOf(r.facts),
        List.copyOf(r.sources),
        List.copyOf(r.charts),
        body.length());
  }

  /** A chart's own page body: the figure and its numbered sources. */
  public RenderedPage renderFigure(CheckedChart c, String root) {
    return figurePage(c, root, FigureHtml.Place.OWN_PAGE);
  }

  /** A chart to show inside another site's page: the figure and its numbered sources. */
  public RenderedPage renderEmbed(CheckedChart c, String root) {
    return figurePage(c, root, FigureHtml.Place.EMBED);
  }

  private RenderedPage figurePage(CheckedChart c, String root, FigureHtml.Place place) {
    PageNotes notes = new PageNotes();
    String figure = figures.html(c, notes, root, place);
    String sources = notesSection.html(notes.inOrder(), Map.of(), notes, root);
    List<String> facts = c.facts().stream().sorted().toList();
    return new RenderedPage(figure + sources, facts, c.sources(), List.of(c.id()));
  }

  /** Writes the HTML the resolver chose for references and footnote markers. */
  private static final class ReferenceHtml implements NodeRenderer {
    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
      return Set.of(
          new NodeRenderingHandler<>(ReferenceNode.class, (node, ctx, html) -> html.raw(of(node))),
          new NodeRenderingHandler<>(Footnote.class, (node, ctx, html) -> html.raw(of(node))),
          new NodeRenderingHandler<>(ChartBlock.class, (node, ctx, html) -> html.raw(of(node))),
          new NodeRenderingHandler<>(FootnoteBlock.class, (node, ctx, html) -> {}));
    }

    private static String of(Node node) {
      Map<Node, String> m = REFERENCE_HTML.get(node.getDocument());
      return m == null ? "" : m.getOrDefault(node, "");
    }
  }
}
