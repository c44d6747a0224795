package org.sourcebrief.links;

import org.sourcebrief.diag.Diagnostics;

/** Turns the outcome of one written address into the warning an editor reads, if any. */
final class LinkFindings {
  /** The Wayback Machine's list of the copies it holds of an address. */
  static final String ARCHIVE_LIST = "https://web.archive.org/web/*/";

  private LinkFindings() {}

  static void report(Link l, Outcome o, Diagnostics d) {
    switch (o.kind()) {
      case OK -> {}
      case DEAD ->
          d.warning(
              "source-link-dead",
              l.position(),
              "the " + l.field() + " of source '" + l.sourceId() + "' does not work: " + o.reason(),
              deadHint(l));
      case MOVED ->
          d.warning(
              "source-link-moved",
              l.position(),
              "the "
                  + l.field()
                  + " of source '"
                  + l.sourceId()
                  + "' is redirected elsewhere, to "
                  + o.finalAddress(),
              "if that is the same document, write its new address in `"
                  + l.field()
                  + ":`; if not, the page is gone from its first address");
    }
  }

  private static String deadHint(Link l) {
    if (l.isArchiveCopy()) {
      return "check the archived copy's address, or replace it with another copy of the page";
    }
    if (l.archived()) {
      return "fix the address if the page has moved; readers can still follow the archived copy";
    }
    return "fix the address if the page has moved; if it is gone, pick a copy at "
        + ARCHIVE_LIST
        + l.address()
        + " and add its address as `archive_url:`";
  }
}
