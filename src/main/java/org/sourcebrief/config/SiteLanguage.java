package org.sourcebrief.config;

import java.util.Locale;
import org.sourcebrief.diag.SourcePosition;

/**
 * One language a site is published in: its code ("fa"), the locale its numbers and dates follow
 * ("fa-AF"), and the site's title and description in it (null where not given: the default
 * language's are shown). {@code position} is where site.yaml declares it.
 */
public record SiteLanguage(
    String code, Locale locale, String title, String description, SourcePosition position) {}
