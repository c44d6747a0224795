/**
 * The content model (sources, facts, narratives) and the loaders that read it from the content
 * folder, keeping the file, line and column of everything an error might point at.
 */
package org.sourcebrief.content;
