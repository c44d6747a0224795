/**
 * Markdown to HTML: flexmark set up for CommonMark, tables, heading ids and footnotes, plus the
 * {@code {{fact:…}}}, {@code {{cite:…}}}, {@code {{raw:…}}} and {@code {{chart:…}}} references, the
 * page's note numbering and its "Sources" section, and locale-aware number formatting.
 */
package org.sourcebrief.markdown;
