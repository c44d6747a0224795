package org.sourcebrief.markdown;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Removes links and images whose address would run code ({@code javascript:}, {@code vbscript:},
 * {@code data:}), in any letter case and however escaped; their text stays.
 */
final class UnsafeLinks {
  private UnsafeLinks() {}

  static void clean(Document document) {
    List<Node> unsafe = new ArrayList<>();
    collect(document, document, unsafe);
    for (Node n : unsafe) unwrap(n);
  }

  private static void collect(Node parent, Document doc, List<Node> out) {
    for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
      if (isUnsafe(url(n, doc))) out.add(n);
      else collect(n, doc, out);
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

  static boolean isUnsafe(String url) {
    if (url == null) return false;
    String decoded = Escaping.unescapeString(url);
    StringBuilder s = new StringBuilder();
    decoded.codePoints().filter(c -> c > 0x20).forEach(s::appendCodePoint);
    String lower = s.toString().toLowerCase(Locale.ROOT);
    return lower.startsWith("javascript:")
        || lower.startsWith("vbscript:")
        || lower.startsWith("data:");
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
