/**
 * Property-based tests (jqwik) that mutate valid sites and build them through the command line:
 * whatever the content, a build ends with exit code 0 or 1 in bounded time, a failed build names
 * real positions and leaves the output folder alone, and a successful one publishes valid pages,
 * exact values and no unsafe link. {@link org.sourcebrief.fuzz.SiteFuzzTest} says how to run the
 * short and the long run.
 */
package org.sourcebrief.fuzz;
