package org.sourcebrief.links;

import org.sourcebrief.diag.SourcePosition;

/**
 * One address written in a source: {@code field} is {@code url} or {@code archive_url}; {@code
 * archived} tells whether the source also has an archived copy.
 */
record Link(
    String address, SourcePosition position, String sourceId, String field, boolean archived) {
  boolean isArchiveCopy() {
    return field.equals("archive_url");
  }
}
