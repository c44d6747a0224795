package org.sourcebrief.site;

import java.io.IOException;

/**
 * The output folder cannot or may not be replaced (it holds someone else's files, it is not
 * writable, …). The message says what was found and the hint what to do, in the editor's words; it
 * is a problem with the command as given, not a bug, and nothing was changed.
 */
public final class OutputFolderException extends IOException {
  private static final long serialVersionUID = 1L;

  private final String hint;

  OutputFolderException(String found, String hint) {
    super(found);
    this.hint = hint;
  }

  public String hint() {
    return hint;
  }
}
