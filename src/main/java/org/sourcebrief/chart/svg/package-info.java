/**
 * A Graphics2D that records what is painted on it, and the writer that turns those marks into a
 * small, deterministic, accessible SVG. It knows nothing of charts: the chart stage paints into the
 * canvas and hands the marks to the writer.
 */
package org.sourcebrief.chart.svg;
