/**
 * The preview behind {@code sourcebrief serve}: it builds the site, serves the last good build from
 * memory on 127.0.0.1 under the site's base path, watches the content and templates, rebuilds on
 * every change and tells open pages to reload over server-sent events. Only pages served here carry
 * the live-reload script and the error overlay, added as each page is sent; the files written to
 * the output folder never do. {@link org.sourcebrief.serve.Preview} is the entry point.
 */
package org.sourcebrief.serve;
