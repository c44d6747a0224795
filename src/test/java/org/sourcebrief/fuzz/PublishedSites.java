package org.sourcebrief.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.sourcebrief.quality.HtmlChecker;

/**
 * A successful build: every page valid HTML (checked with the Nu checker where it differs from the
 * seed's own output, which is known to be valid, unless the site lets raw HTML through), no unsafe
 * address anywhere, the numbers right ({@link DataValues}), and an output of reasonable size.
 */
final class PublishedSites {
  /** Far more than these small sites can honestly produce. */
  static final long MAX_OUTPUT_BYTES = 64L << 20;

  /** Pages checked by Nu per try, at most: the checker takes a moment per page. */
  static final int MAX_CHECKED_PAGES = 6;

  private static HtmlChecker checker;

  private PublishedSites() {}

  static List<Violation> check(Trial.Outcome o, Map<String, byte[]> seedOutput) throws IOException {
    List<Violation> v = new ArrayList<>();
    long size = o.output().values().stream().mapToLong(b -> b.length).sum();
    if (size > MAX_OUTPUT_BYTES) {
      v.add(new Violation("output larger than " + MAX_OUTPUT_BYTES + " bytes", size + " bytes"));
    }
    for (Map.Entry<String, byte[]> f : o.output().entrySet()) {
      if (!isMarkup(f.getKey())) continue;
      for (String found : UnsafeUrls.find(f.getKey(), text(f.getValue()))) {
        v.add(new Violation("unsafe address published", found));
      }
    }
    v.addAll(DataValues.check(o));
    // Raw HTML the editor let through (allow_html: true) is the editor's markup, valid or not.
    if (!allowsHtml(o)) v.addAll(validity(o, seedOutput));
    return v;
  }

  private static List<Violation> validity(Trial.Outcome o, Map<String, byte[]> seedOutput) {
    List<Violation> v = new ArrayList<>();
    List<String> changed = new ArrayList<>();
    for (Map.Entry<String, byte[]> f : o.output().entrySet()) {
      if (f.getKey().endsWith(".html") && !Arrays.equals(f.getValue(), seedOutput.get(f.getKey())))
        changed.add(f.getKey());
    }
    // A sample spread over the changed pages, when there are more than the checker has time for.
    int step = Math.max(1, (changed.size() + MAX_CHECKED_PAGES - 1) / MAX_CHECKED_PAGES);
    for (int i = 0; i < changed.size(); i += step) {
      String page = changed.get(i);
      List<String> errors = checker().errors(text(o.output().get(page)), page);
      if (!errors.isEmpty()) {
        String first = errors.get(0).replaceFirst("^[^:]*:\\d+:\\d+: ", "");
        v.add(new Violation("page is not valid HTML: " + first, String.join("\n", errors)));
      }
    }
    return v;
  }

  private static boolean allowsHtml(Trial.Outcome o) {
    byte[] site = o.content().get("content/site.yaml");
    return site != null && text(site).contains("allow_html: true");
  }

  private static boolean isMarkup(String file) {
    return file.endsWith(".html") || file.endsWith(".svg") || file.endsWith(".xml");
  }

  /** One checker for the whole run: setting one up compiles the HTML schema. */
  private static synchronized HtmlChecker checker() {
    if (checker == null) checker = new HtmlChecker();
    return checker;
  }

  private static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8);
  }
}
