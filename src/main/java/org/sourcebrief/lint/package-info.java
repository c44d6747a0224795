/**
 * The naked-number lint: a number typed into narrative prose instead of taken from a fact becomes a
 * {@code naked-number} warning at its own file:line:col. It reads the flexmark tree the Markdown
 * stage has parsed, so it knows prose from code, links and raw HTML, and it renders nothing.
 */
package org.sourcebrief.lint;
