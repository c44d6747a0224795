package org.sourcebrief.links;

import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.util.Locale;
import java.util.Optional;
import javax.net.ssl.SSLException;

/**
 * Fetches one address the way a careful reader's browser would, but lighter: a HEAD request, then a
 * GET (whose body is not read) when HEAD is refused or fails, since many servers answer HEAD badly.
 * Redirects are followed here, hop by hop, so that a move to another site is seen; a move within
 * the same site (http to https, an added slash, a "www.") is fine.
 */
final class LinkProbe {
  private static final int MAX_REDIRECTS = 10;

  private final HttpClient client;
  private final LinkSettings settings;
  private final HostLimits limits;

  LinkProbe(HttpClient client, LinkSettings settings, HostLimits limits) {
    this.client = client;
    this.settings = settings;
    this.limits = limits;
  }

  static HttpClient client(LinkSettings settings) {
    return HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
  }

  Outcome probe(String address) throws InterruptedException {
    URI at;
    try {
      at = URI.create(address);
    } catch (IllegalArgumentException e) {
      return Outcome.dead("it is not a valid address");
    }
    String site = site(at);
    boolean elsewhere = false;
    for (int hop = 0; hop <= MAX_REDIRECTS; hop++) {
      Hop h = hop(at);
      if (h.failure() != null) return Outcome.dead(h.failure());
      Optional<URI> next = h.redirect();
      if (next.isEmpty()) return result(h.status(), elsewhere, at);
      at = next.get();
      elsewhere |= !site(at).equals(site);
    }
    return Outcome.dead("it redirects more than " + MAX_REDIRECTS + " times");
  }

  private static Outcome result(int status, boolean elsewhere, URI last) {
    if (status >= 400) {
      String answer = "the server answers " + status + reason(status);
      return Outcome.dead(elsewhere ? "it is redirected to " + last + ", where " + answer : answer);
    }
    return elsewhere ? Outcome.moved(last.toString()) : Outcome.ok();
  }

  /** One request's answer: a status and where it redirects, or why there was no answer. */
  private record Hop(int status, Optional<URI> redirect, String failure) {}

  private Hop hop(URI at) throws InterruptedException {
    if (at.getHost() == null || !isWeb(at)) {
      return new Hop(0, Optional.empty(), "it redirects to '" + at + "', not a web address");
    }
    Hop head = send(at, "HEAD");
    boolean headRefused = head.failure() != null || head.status() >= 400;
    return headRefused && !unreachable(head) ? send(at, "GET") : head;
  }

  /** A host that cannot be found or reached will not answer a GET either. */
  private static boolean unreachable(Hop h) {
    return h.failure() != null
        && (h.failure().startsWith("its host") || h.failure().startsWith("the connection"));
  }

  private Hop send(URI at, String method) throws InterruptedException {
    HttpRequest request =
        HttpRequest.newBuilder(at)
            .method(method, HttpRequest.BodyPublishers.noBody())
            .timeout(settings.requestTimeout())
            .header("User-Agent", settings.userAgent())
            .header("Accept", "text/html,application/pdf,*/*;q=0.8")
            .build();
    try {
      HttpResponse<InputStream> r =
          limits.with(
              at.getHost(), () -> client.send(request, HttpResponse.BodyHandlers.ofInputStream()));
      r.body().close(); // only the status matters; closing drops the rest of the body
      return new Hop(r.statusCode(), redirect(at, r), null);
    } catch (IOException e) {
      return new Hop(0, Optional.empty(), failure(e));
    }
  }

  private static Optional<URI> redirect(URI at, HttpResponse<?> r) {
    int s = r.statusCode();
    if (s != 301 && s != 302 && s != 303 && s != 307 && s != 308) return Optional.empty();
    try {
      return r.headers().firstValue("Location").map(at::resolve);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** Why a request got no answer, in words an editor can act on. */
  static String failure(IOException e) {
    if (e instanceof HttpConnectTimeoutException) return "the connection timed out";
    if (e instanceof HttpTimeoutException) return "the server did not answer in time";
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof UnknownHostException || t instanceof UnresolvedAddressException) {
        return "its host name is not found";
      }
      if (t instanceof ConnectException) return "the connection is refused";
      if (t instanceof SSLException) return "its secure connection fails (" + t.getMessage() + ")";
    }
    return "the request fails (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")";
  }

  /**
   * The site an address belongs to: its host without a leading "www." and its port if one is
   * written, so http → https and "www." are the same site while another host or port is not.
   */
  static String site(URI u) {
    String host = u.getHost() == null ? "" : u.getHost().toLowerCase(Locale.ROOT);
    if (host.startsWith("www.")) host = host.substring(4);
    return u.getPort() == -1 ? host : host + ":" + u.getPort();
  }

  private static boolean isWeb(URI u) {
    String s = u.getScheme() == null ? "" : u.getScheme().toLowerCase(Locale.ROOT);
    return s.equals("http") || s.equals("https");
  }

  private static String reason(int status) {
    return switch (status) {
      case 401, 403 -> " (access refused)";
      case 404 -> " (not found)";
      case 410 -> " (gone)";
      case 429 -> " (too many requests)";
      default -> status >= 500 ? " (server error)" : "";
    };
  }
}
