/**
 * Charts rendered at build time with XChart: SVG for pages (written by {@link
 * org.sourcebrief.chart.svg}) and PNG (at twice the size, with the title, source line and site name
 * baked in) for sharing, in a bundled font and a colour-blind-safe palette, cached by a hash of
 * everything that shapes them. The share cards built on these charts live in {@link
 * org.sourcebrief.chart.card}.
 */
package org.sourcebrief.chart;
