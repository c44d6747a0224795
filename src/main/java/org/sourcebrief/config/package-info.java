/** The site's settings from {@code content/site.yaml}, checked and with defaults filled in. */
package org.sourcebrief.config;
