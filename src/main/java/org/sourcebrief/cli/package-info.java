/**
 * The command line: {@code build} and {@code check}, their options, the printed diagnostics and
 * summary, and exit codes (0 success, 1 content errors, 2 usage error, 3 internal error).
 */
package org.sourcebrief.cli;
