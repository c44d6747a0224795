package org.sourcebrief.serve;

import java.nio.charset.StandardCharsets;

/** What the preview answers to one request; {@code location} is set for redirects only. */
record Reply(int status, String contentType, String location, byte[] body) {
  /** A temporary redirect: the base path may change while the preview runs, so none is cached. */
  static Reply redirect(String location) {
    return new Reply(
        302,
        ContentTypes.TEXT,
        location,
        ("Moved to " + location + "\n").getBytes(StandardCharsets.UTF_8));
  }

  static Reply text(int status, String text) {
    return new Reply(
        status, ContentTypes.TEXT, null, (text + "\n").getBytes(StandardCharsets.UTF_8));
  }
}
