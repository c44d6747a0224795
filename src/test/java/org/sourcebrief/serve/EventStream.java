package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.fail;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's subscription to the preview's server-sent events, read on a thread of its own. */
final class EventStream implements AutoCloseable {
  record Event(String name, String data) {}

  private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
  private final Stream<String> lines;

  private EventStream(Stream<String> lines) {
    this.lines = lines;
    Thread reader = new Thread(this::read, "test-event-stream");
    reader.setDaemon(true);
    reader.start();
  }

  static EventStream open(HttpClient client, URI uri, Duration timeout) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream").build();
    HttpResponse<Stream<String>> response =
        client
            .sendAsync(request, HttpResponse.BodyHandlers.ofLines())
            .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    if (response.statusCode() != 200) fail("event stream answered " + response.statusCode());
    return new EventStream(response.body());
  }

  /** The next event called {@code name}, skipping others; fails after {@code timeout}. */
  Event next(String name, Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      Event e = events.poll(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
      if (e == null) return fail("no '" + name + "' event within " + timeout);
      if (e.name().equals(name)) return e;
    }
  }

  private void read() {
    String name = "message";
    StringBuilder data = new StringBuilder();
    try {
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.isEmpty()) {
          if (data.length() > 0) events.add(new Event(name, data.toString()));
          name = "message";
          data.setLength(0);
        } else if (line.startsWith("event:")) {
          name = line.substring(6).strip();
        } else if (line.startsWith("data:")) {
          data.append(line.substring(5).strip());
        }
      }
    } catch (RuntimeException streamClosed) {
      // the preview stopped
    }
  }

  @Override
  public void close() {
    lines.close();
  }
}
