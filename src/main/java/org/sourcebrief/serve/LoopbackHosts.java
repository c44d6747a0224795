package org.sourcebrief.serve;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Which requests the preview answers: those addressed to this computer by name. A web page the
 * editor visits can make its own host name resolve to 127.0.0.1 (DNS rebinding), but the browser
 * still sends that name in {@code Host}, so answering only {@code localhost}, {@code 127.0.0.1} and
 * {@code [::1]} (with or without a port) keeps such a page from reading the preview.
 */
final class LoopbackHosts {
  private static final Pattern ALLOWED =
      Pattern.compile("(?i)(localhost|127\\.0\\.0\\.1|\\[::1\\])(:[0-9]{1,5})?");

  static final String REFUSAL =
      "Forbidden: the Sourcebrief preview answers only to localhost, 127.0.0.1 or [::1].\n"
          + "Open the address that `sourcebrief serve` printed.";

  private LoopbackHosts() {}

  /** {@code hosts} is every Host header of the request (null when there is none). */
  static boolean allowed(List<String> hosts) {
    return hosts != null && hosts.size() == 1 && ALLOWED.matcher(hosts.get(0).strip()).matches();
  }
}
