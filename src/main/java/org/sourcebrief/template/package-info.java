/**
 * FreeMarker: the theme (a site's own {@code templates/} over the default theme packed in the jar),
 * the page models handed to templates, and the rendering of every page of the site. Template
 * mistakes become diagnostics naming the template, line and column.
 */
package org.sourcebrief.template;
