package org.sourcebrief.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns every paragraph that holds nothing but a {@code {{chart:id}}} into a {@link ChartBlock}, so
 * the figure is not wrapped in a {@code <p>}. A chart reference inside running text is left for the
 * resolver to report.
 */
final class ChartBlocks {
  private ChartBlocks() {}

  static void replace(Document doc) {
    List<Paragraph> paragraphs = new ArrayList<>();
    collect(doc, paragraphs);
    for (Paragraph p : paragraphs) {
      ReferenceNode only = onlyChart(p);
      if (only == null) continue;
      p.insertBefore(new ChartBlock(only.getChars(), only.argument));
      p.unlink();
    }
  }

  private static void collect(Node parent, List<Paragraph> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Paragraph p) out.add(p);
      else collect(n, out);
    }
  }

  private static ReferenceNode onlyChart(Paragraph p) {
    ReferenceNode found = null;
    for (Node n = p.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof ReferenceNode r
          && "chart".equals(r.kind)
          && r.problem == null
          && found == null) {
        found = r;
      } else if (!(n instanceof SoftLineBreak)
          && !(n instanceof Text t && t.getChars().isBlank())) {
        return null;
      }
    }
    return found;
  }
}
