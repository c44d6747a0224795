/**
 * Charts rendered at build time with XChart: SVG for pages and PNG (at twice the size, with the
 * title, source line and site name baked in) for sharing, in a bundled font and a colour-blind-safe
 * palette, cached by a hash of everything that shapes them; and the 1200×630 share cards a shared
 * link previews with ({@link org.sourcebrief.chart.ShareCardRenderer}).
 */
package org.sourcebrief.chart;
