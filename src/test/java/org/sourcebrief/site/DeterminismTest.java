package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import java.util.SortedMap;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The same content gives byte-identical output, whatever the machine's locale and time zone. */
class DeterminismTest {
  @Test
  void sameBytesUnderTurkishAndGermanDefaultLocales() {
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      Locale.setDefault(Locale.forLanguageTag("tr-TR"));
      TimeZone.setDefault(TimeZone.getTimeZone("Asia/Kabul"));
      SortedMap<String, byte[]> turkish = ExampleBuilds.files();
      Locale.setDefault(Locale.GERMANY);
      TimeZone.setDefault(TimeZone.getTimeZone("America/Los_Angeles"));
      SortedMap<String, byte[]> german = ExampleBuilds.files();
      assertEquals(turkish.keySet(), german.keySet());
      turkish.forEach((path, bytes) -> assertArrayEquals(bytes, german.get(path), path));
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }

  @Test
  void parallelBuildEqualsASingleThreadedOne() throws Exception {
    SortedMap<String, byte[]> one =
        new java.util.concurrent.ForkJoinPool(1).submit(ExampleBuilds::files).get();
    SortedMap<String, byte[]> many =
        new java.util.concurrent.ForkJoinPool(8).submit(ExampleBuilds::files).get();
    assertEquals(one.keySet(), many.keySet());
    one.forEach((path, bytes) -> assertArrayEquals(bytes, many.get(path), path));
  }

  @Test
  void twoBuildsAreIdentical() {
    SortedMap<String, byte[]> a = ExampleBuilds.files();
    SortedMap<String, byte[]> b = ExampleBuilds.files();
    assertEquals(a.keySet(), b.keySet());
    a.forEach((path, bytes) -> assertArrayEquals(bytes, b.get(path), path));
  }
}
