/**
 * How numbers read on the page, shared by every stage that writes one for readers (alt text, chart
 * labels, prose): how many decimals a value needs so that it never reads as zero, and the locale's
 * compact form ("3.2 million") rounded correctly and only within its units; which way a language's
 * text runs; and the escaping of text and attribute values written into HTML.
 */
package org.sourcebrief.text;
