package org.sourcebrief.site;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/** Says in plain words why the file system refused, instead of naming a Java exception. */
final class FileProblem {
  private FileProblem() {}

  static String describe(FileSystemException e) {
    String file = e.getFile() == null ? "a file" : e.getFile();
    if (e instanceof AccessDeniedException) return "permission denied for " + file;
    if (e instanceof NoSuchFileException) return file + " does not exist";
    if (e instanceof NotDirectoryException) return file + " is not a folder";
    if (e instanceof FileAlreadyExistsException) return file + " is in the way";
    String reason = e.getReason() == null ? "the file system refused" : e.getReason();
    return reason + " (" + file + ")";
  }
}
