package org.sourcebrief.markdown;

import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebrief.content.Fact;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * The "Sources" section that ends a page: each note in number order, with links back to every place
 * that cites it.
 */
final class NotesSection {
  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

  private final CheckedContent content;
  private final Citations citations;
  private final HtmlRenderer renderer;

  NotesSection(CheckedContent content, Citations citations, HtmlRenderer renderer) {
    this.content = content;
    this.citations = citations;
    this.renderer = renderer;
  }

  String html(
      List<PageNotes.Note> notes,
      Map<String, FootnoteBlock> footnotes,
      PageNotes pageNotes,
      String root) {
    if (notes.isEmpty()) return "";
    StringBuilder out = new StringBuilder();
    out.append("<section class=\"notes\" aria-labelledby=\"notes-heading\">\n");
    out.append("<h2 id=\"notes-heading\">Sources</h2>\n<ol>\n");
    for (PageNotes.Note n : notes) {
      out.append("<li id=\"").append(n.id()).append("\">");
      out.append(body(n, footnotes, pageNotes, root));
      out.append(backLinks(n)).append("</li>\n");
    }
    return out.append("</ol>\n</section>\n").toString();
  }

  private String body(
      PageNotes.Note n, Map<String, FootnoteBlock> footnotes, PageNotes pageNotes, String root) {
    return switch (n.kind()) {
      case SOURCE -> citations.html(content.sources().get(n.key()));
      case CALCULATION -> calculation(content.facts().get(n.key()), pageNotes, root);
      case FOOTNOTE -> footnote(footnotes.get(n.key()));
    };
  }

  private String calculation(CheckedFact c, PageNotes pageNotes, String root) {
    Fact f = c.fact();
    StringBuilder out = new StringBuilder("Calculated from ");
    Matcher m = ID.matcher(f.derive().text());
    int last = 0;
    while (m.find()) {
      out.append(operators(f.derive().text().substring(last, m.start())));
      Fact in = content.fact(m.group()).map(CheckedFact::fact).orElse(null);
      out.append(
          in == null
              ? Html.escape(m.group())
              : "<a href=\""
                  + root
                  + "facts/#"
                  + in.id()
                  + "\">"
                  + Html.escape(in.label())
                  + "</a>");
      last = m.end();
    }
    out.append(operators(f.derive().text().substring(last))).append(". Sources: ");
    List<String> refs =
        c.sources().stream()
            .map(s -> pageNotes.find(PageNotes.Kind.SOURCE, s))
            .map(x -> "<a href=\"#" + x.id() + "\">" + x.number() + "</a>")
            .toList();
    return out.append(String.join(", ", refs)).append('.').toString();
  }

  private static String operators(String s) {
    return Html.escape(s.replace("-", "−").replace("*", "×").replace("/", "÷"));
  }

  private String footnote(FootnoteBlock block) {
    StringBuilder out = new StringBuilder();
    for (Node c = block.getFirstChild(); c != null; c = c.getNext()) out.append(renderer.render(c));
    return out.toString().strip();
  }

  private static String backLinks(PageNotes.Note n) {
    StringBuilder out = new StringBuilder();
    int i = 1;
    for (String from : n.citedFrom()) {
      out.append(" <a class=\"back\" href=\"#")
          .append(from)
          .append("\" aria-label=\"Back to citation ")
          .append(i++)
          .append(" of note ")
          .append(n.number())
          .append("\">↩</a>");
    }
    return out.toString();
  }
}
