/**
 * The path plan: where every page and file of the site is written, and every link from one page to
 * another, in one place that knows the site's base address.
 */
package org.sourcebrief.paths;
