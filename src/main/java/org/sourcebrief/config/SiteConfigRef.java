package org.sourcebrief.config;

import org.sourcebrief.diag.SourcePosition;

/** An id written in site.yaml, with where it was written, for checking against the content. */
public record SiteConfigRef(String id, SourcePosition position) {}
