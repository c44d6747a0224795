/**
 * The 1200×630 share cards a shared link previews with: the page title, its key figure (a headline
 * fact or a chart drawn as on its figure page) and the source line, cached by what they show. A
 * card draws a chart into itself, so this package builds on the chart stage, never the other way.
 */
package org.sourcebrief.chart.card;
