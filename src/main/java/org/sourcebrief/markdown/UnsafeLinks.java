package org.sourcebrief.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sourcebrief.config.WebAddress;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;

/**
 * Refuses links and images whose address a browser could run ({@code javascript:}, {@code
 * vbscript:}, {@code data:} …), in any letter case and however escaped, as judged by {@link
 * WebAddress}. Each is reported where it is written, and taken out of the page (its text stays), so
 * it can never be published even by a caller that ignores errors. When the site allows raw HTML,
 * the address attributes of that HTML are judged the same way.
 */
final class UnsafeLinks {
  /** HTML attributes whose value a browser loads or follows. */
  private static final Pattern ADDRESS_ATTRIBUTE =
      Pattern.compile(
          "(?i)[\\s\"'/](href|src|srcset|action|formaction|xlink:href|poster|background|data|cite"
              + "|ping|manifest|codebase)\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'>]+)");

  private UnsafeLinks() {}

  static void check(
      Document document, boolean allowHtml, BodyPositions positions, Diagnostics diagnostics) {
    List<Node> unsafe = new ArrayList<>();
    collect(document, allowHtml, positions, diagnostics, unsafe);
    for (Node n : unsafe) unwrap(n);
  }

  /** Walks the tree with a list of nodes still to visit, not by recursion: pages nest deeply. */
  private static void collect(
      Document doc,
      boolean allowHtml,
      BodyPositions positions,
      Diagnostics diagnostics,
      List<Node> out) {
    Deque<Node> pending = new ArrayDeque<>();
    pending.push(doc);
    while (!pending.isEmpty()) {
      for (Node n = pending.pop().getFirstChild(); n != null; n = n.getNext()) {
        String url = url(n, doc);
        if (url != null && !safe(url)) {
          out.add(n);
          // A link by reference is reported once, at the reference's definition.
          if (!(n instanceof LinkRef || n instanceof ImageRef)) {
            report(url, positions.at(n.getStartOffset()), diagnostics);
          }
        } else if (allowHtml && (n instanceof HtmlInline || n instanceof HtmlBlock)) {
          if (!htmlIsSafe(n, positions, diagnostics)) out.add(n);
        } else {
          pending.push(n);
        }
      }
    }
  }

  private static String url(Node n, Document doc) {
    if (n instanceof Link l) return l.getUrl().toString();
    if (n instanceof Image i) return i.getUrl().toString();
    if (n instanceof AutoLink a) return a.getText().toString();
    if (n instanceof LinkRef r) return referenceUrl(r.getReferenceNode(doc));
    if (n instanceof ImageRef r) return referenceUrl(r.getReferenceNode(doc));
    if (n instanceof Reference r) return r.getUrl().toString();
    return null;
  }

  private static String referenceUrl(Reference r) {
    return r == null ? null : r.getUrl().toString();
  }

  /** Judged as written and as Markdown decodes it (backslash escapes and every named entity). */
  private static boolean safe(String url) {
    return WebAddress.isSafeLink(url) && WebAddress.isSafeLink(Escaping.unescapeString(url));
  }

  private static boolean htmlIsSafe(Node n, BodyPositions positions, Diagnostics diagnostics) {
    boolean safe = true;
    Matcher m = ADDRESS_ATTRIBUTE.matcher(n.getChars());
    while (m.find()) {
      String value = m.group(2).replaceAll("^[\"']|[\"']$", "");
      if (safe(value)) continue;
      safe = false;
      report(value, positions.at(n.getStartOffset() + m.start(2)), diagnostics);
    }
    return safe;
  }

  private static void report(String url, SourcePosition at, Diagnostics diagnostics) {
    diagnostics.error(
        "unsafe-link",
        at,
        "the link to '"
            + WebAddress.shown(url)
            + "' is refused: it is not a web, mail or in-site address",
        "link to a web page (https://…), an e-mail address (mailto:…) or a page of this site;"
            + " other addresses can run code in the reader's browser");
  }

  /** Keeps what the reader should still see: a link's text, an image's description. */
  private static void unwrap(Node n) {
    if (n instanceof AutoLink a) {
      n.insertBefore(new Text(a.getText()));
    } else {
      for (Node c = n.getFirstChild(); c != null; ) {
        Node next = c.getNext();
        n.insertBefore(c);
        c = next;
      }
    }
    n.unlink();
  }
}
