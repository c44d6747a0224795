package org.sourcebrief.content;

import org.sourcebrief.diag.SourcePosition;

/** An id written somewhere in the content, with where it was written. */
public record Ref(String id, SourcePosition position) {}
