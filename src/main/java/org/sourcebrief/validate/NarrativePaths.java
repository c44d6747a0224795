package org.sourcebrief.validate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.paths.PathPlan;

/**
 * Rule: every narrative to publish has a slug that is one safe path segment, and no two narratives
 * write the same page. Drafts are left out unless asked for.
 */
final class NarrativePaths {
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9_-]*");

  /** Folders only: where a narrative goes does not depend on the base address. */
  private static final PathPlan PLAN = new PathPlan("");

  private NarrativePaths() {}

  static List<Narrative> check(List<Narrative> all, boolean drafts, Diagnostics diagnostics) {
    List<Narrative> out = new ArrayList<>();
    Map<String, Narrative> byPath = new HashMap<>();
    for (Narrative n : all) {
      if (n.draft() && !drafts) continue;
      if (!safe(n, diagnostics)) continue;
      String path = PLAN.narrative(n);
      Narrative first = byPath.putIfAbsent(path, n);
      if (first != null) {
        diagnostics.error(
            "duplicate-slug",
            n.slug().position(),
            "two narratives would both be " + "published at " + path,
            "give one a different `slug:`; the other is " + first.file());
        continue;
      }
      out.add(n);
    }
    return out;
  }

  private static boolean safe(Narrative n, Diagnostics d) {
    String slug = n.slug().id();
    if (slug.contains("/") || slug.contains("\\") || slug.contains("..") || slug.startsWith("~")) {
      d.error(
          "narrative-bad-slug",
          n.slug().position(),
          "slug '" + slug + "' would write outside the page's own folder",
          "a slug is one word or several joined " + "by hyphens, such as returns-2024");
      return false;
    }
    if (!SLUG.matcher(slug).matches()) {
      d.error(
          "narrative-bad-slug",
          n.slug().position(),
          "slug '" + slug + "' may hold only " + "lower-case letters, digits, '-' and '_'",
          "write it like returns-2024");
      return false;
    }
    if (PathSegments.tooLong(slug)) {
      d.error(
          "narrative-bad-slug",
          n.slug().position(),
          "slug '"
              + PathSegments.shown(slug)
              + "' is "
              + slug.length()
              + " characters long; a slug holds at most "
              + PathSegments.MAX,
          "shorten it: the slug names the page's folder");
      return false;
    }
    if (n.kind() == Narrative.Kind.PAGE && PathPlan.RESERVED.contains(slug)) {
      d.error(
          "reserved-slug",
          n.slug().position(),
          "a page cannot be published at " + slug + "/, which the site uses itself",
          "choose another `slug:`");
      return false;
    }
    return true;
  }
}
