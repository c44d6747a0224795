/**
 * How numbers read on the page, shared by every stage that writes one for readers (alt text, chart
 * labels, prose): how many decimals a value needs so that it never reads as zero, and the locale's
 * compact form ("3.2 million") rounded correctly and only within its units.
 */
package org.sourcebrief.text;
