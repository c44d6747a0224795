/**
 * The build: the short list of stage calls (load, validate, render, write) and the writer that
 * swaps the finished site into place only when the build succeeded.
 */
package org.sourcebrief.site;
