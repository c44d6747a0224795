/**
 * The check of source links ({@code sourcebrief check --links}): fetches every source's {@code url}
 * and {@code archive_url} politely (HEAD first, a few requests at a time per host, with timeouts
 * and a cache of links that worked) and reports each dead or moved one at the line it is written
 * on. Nothing else in the pipeline uses the network.
 */
package org.sourcebrief.links;
