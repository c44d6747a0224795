/**
 * Diagnostics: what went wrong in the user's content, where, and what to do about it. Stages add
 * {@link org.sourcebrief.diag.Diagnostic}s to a {@link org.sourcebrief.diag.Diagnostics} collector
 * and keep going, so one run reports every problem.
 */
package org.sourcebrief.diag;
