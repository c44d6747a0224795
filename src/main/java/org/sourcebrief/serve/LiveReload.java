package org.sourcebrief.serve;

/**
 * The script the preview adds to every HTML page it serves, and never to built files. It listens to
 * the preview's event stream and reloads the page as soon as the served build is not the one the
 * page came from: after a rebuild, and also after reconnecting to a restarted preview (each run has
 * its own build ids). It also lets the editor dismiss the notes panel.
 */
final class LiveReload {
  /**
   * Where pages subscribe to reload events; outside any base path, so it cannot clash with a page.
   */
  static final String EVENTS_PATH = "/__sourcebrief/events";

  private LiveReload() {}

  /** The script for a page served from build {@code buildId} (letters, digits and '-' only). */
  static String script(String buildId) {
    if (!buildId.matches("[A-Za-z0-9-]+")) throw new IllegalArgumentException(buildId);
    return SCRIPT.replace("BUILD_ID", buildId).replace("EVENTS_PATH", EVENTS_PATH);
  }

  private static final String SCRIPT =
      """
      <script id="sourcebrief-live-reload">
      (function () {
        var build = "BUILD_ID";
        var notes = document.getElementById("sourcebrief-notes");
        if (notes) {
          var key = "sourcebrief-dismissed";
          try { if (sessionStorage.getItem(key) === notes.dataset.fingerprint) notes.remove(); } catch (e) {}
          var dismiss = notes.querySelector("[data-sourcebrief-dismiss]");
          if (dismiss) dismiss.addEventListener("click", function () {
            try { sessionStorage.setItem(key, notes.dataset.fingerprint); } catch (e) {}
            notes.remove();
          });
        }
        if (!window.EventSource) return;
        function connect() {
          var events = new EventSource("EVENTS_PATH");
          function check(e) { if (e.data !== build) location.reload(); }
          events.addEventListener("hello", check);
          events.addEventListener("reload", check);
          events.onerror = function () {
            // The browser retries by itself unless it gave up; then try again after a pause.
            if (events.readyState === EventSource.CLOSED) setTimeout(connect, 1000);
          };
        }
        connect();
      })();
      </script>
      """;
}
