package org.sourcebrief.links;

import java.io.IOException;
import java.net.http.HttpClient;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.sourcebrief.content.Source;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;

/**
 * Checks the web addresses of the sources: fetches each distinct address once (unless it worked
 * recently, as the cache remembers) and reports every place a dead or moved one is written, as
 * warnings in position order whatever order the answers come in.
 */
public final class LinkCheck {
  private final LinkSettings settings;

  public LinkCheck(LinkSettings settings) {
    this.settings = settings;
  }

  /** The diagnostics of one check, and how many addresses were fetched or taken from the cache. */
  public record Report(List<Diagnostic> diagnostics, int fetched, int remembered) {}

  public Report check(List<Source> sources) throws InterruptedException {
    List<Link> links = links(sources);
    LinkCache cache = new LinkCache(settings.cacheFile(), settings.maxAge(), settings.clock());
    TreeSet<String> addresses = new TreeSet<>();
    links.forEach(l -> addresses.add(l.address()));
    List<String> toFetch = addresses.stream().filter(a -> !cache.isFresh(a)).toList();
    Map<String, Outcome> outcomes = fetch(toFetch);
    outcomes.forEach(
        (a, o) -> {
          if (o.kind() == Outcome.Kind.OK) cache.remember(a);
        });
    try {
      cache.save();
    } catch (IOException e) {
      // An unwritable cache only means the next check fetches these links again.
    }
    Diagnostics found = new Diagnostics();
    for (Link l : links) {
      Outcome o = outcomes.get(l.address());
      if (o != null) LinkFindings.report(l, o, found);
    }
    return new Report(found.sorted(), toFetch.size(), addresses.size() - toFetch.size());
  }

  /** Every http(s) address the sources write, in source order. */
  static List<Link> links(List<Source> sources) {
    List<Link> out = new ArrayList<>();
    for (Source s : sources) {
      boolean archived = s.archiveUrl() != null;
      if (s.url() != null) {
        out.add(new Link(s.url(), s.urlPosition(), s.id(), "url", archived));
      }
      if (archived) {
        out.add(new Link(s.archiveUrl(), s.archiveUrlPosition(), s.id(), "archive_url", true));
      }
    }
    return out.stream().filter(l -> isWeb(l.address())).toList();
  }

  private static boolean isWeb(String address) {
    String a = address.toLowerCase(java.util.Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  private Map<String, Outcome> fetch(List<String> addresses) throws InterruptedException {
    Map<String, Outcome> out = new TreeMap<>();
    if (addresses.isEmpty()) return out;
    ExecutorService pool = Executors.newFixedThreadPool(settings.total(), LinkCheck::daemon);
    try {
      HttpClient client = LinkProbe.client(settings);
      LinkProbe probe =
          new LinkProbe(client, settings, new HostLimits(settings.perHost(), settings.total()));
      Map<String, Future<Outcome>> pending = new TreeMap<>();
      for (String a : addresses) pending.put(a, pool.submit(() -> probe.probe(a)));
      for (Map.Entry<String, Future<Outcome>> e : pending.entrySet()) {
        out.put(e.getKey(), e.getValue().get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("checking a link failed unexpectedly", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  private static Thread daemon(Runnable r) {
    Thread t = new Thread(r, "link-check");
    t.setDaemon(true);
    return t;
  }
}
