package org.sourcebrief.paths;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the fact index is cut into pages: the facts in the order the facts files define them, {@link
 * #PER_PAGE} to a page, so that a site of thousands of facts does not publish one page of tens of
 * megabytes. Page 1 is the index's own folder ("facts/"), page 2 "facts/2/", and so on. The page of
 * each fact is worked out on first use and kept.
 */
public final class FactPages {
  /** Facts on one page: a typical site fits on one; a page stays near 200 KB of HTML. */
  public static final int PER_PAGE = 250;

  static final FactPages NONE = new FactPages(List.of());

  private final Collection<String> ids;
  private volatile Map<String, Integer> pages;

  private FactPages(Collection<String> ids) {
    this.ids = ids;
  }

  /** The pages for these fact ids, in the order the index lists them. */
  public static FactPages of(Collection<String> ids) {
    return new FactPages(ids);
  }

  /** How many pages the index has; at least one, which says there are no facts. */
  public int count() {
    return Math.max(1, (ids.size() + PER_PAGE - 1) / PER_PAGE);
  }

  /** The page (from 1) listing {@code factId}; 1 for a fact the index does not hold. */
  public int pageOf(String factId) {
    if (ids.size() <= PER_PAGE) return 1;
    return pages().getOrDefault(factId, 1);
  }

  /** The ids on page {@code page} (from 1), in order. */
  public List<String> on(int page, List<String> ordered) {
    int from = Math.min(ordered.size(), (page - 1) * PER_PAGE);
    return ordered.subList(from, Math.min(ordered.size(), from + PER_PAGE));
  }

  private Map<String, Integer> pages() {
    Map<String, Integer> p = pages;
    if (p == null) {
      p = new HashMap<>();
      int i = 0;
      for (String id : ids) p.put(id, i++ / PER_PAGE + 1);
      pages = p;
    }
    return p;
  }
}
