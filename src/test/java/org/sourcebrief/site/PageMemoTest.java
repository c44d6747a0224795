package org.sourcebrief.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.SortedMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.template.PageMemo;
import org.sourcebrief.testing.FixtureSite;

/** A warm rebuild renders only the pages a change touches, and gives what a fresh build gives. */
class PageMemoTest {
  @TempDir Path dir;

  private static final String SITE =
      FixtureSite.MINIMAL
          + """
      -- content/facts/b.yaml --
      - id: other_count
        label: "Other"
        value: 1000
        unit: people
        as_of: 2024
        source: agency-2024
      -- content/briefings/second.md --
      ---
      title: "Second"
      ---
      Other: {{fact:other_count}}.
      -- content/briefings/third.md --
      ---
      title: "Third"
      ---
      Nothing cited here.
      """;

  private BuildOptions options() {
    return new BuildOptions(
        dir.resolve("content"),
        dir.resolve("templates"),
        null,
        null,
        false,
        false,
        LocalDate.of(2025, 1, 15),
        null);
  }

  private void assertSameAsFresh(SortedMap<String, byte[]> warm) throws IOException {
    SortedMap<String, byte[]> fresh = new SiteBuilder().build(options()).files();
    assertEquals(fresh.keySet(), warm.keySet());
    fresh.forEach((path, bytes) -> assertArrayEquals(bytes, warm.get(path), path));
  }

  @Test
  void onlyTouchedPagesAreRenderedAgain() throws IOException {
    FixtureSite.write(dir, SITE);
    PageMemo memo = new PageMemo();
    SiteBuilder warm = new SiteBuilder(stage -> {}, true, memo);
    warm.build(options());
    assertEquals(0, memo.reusedCount());

    warm.build(options());
    assertEquals(3, memo.reusedCount(), "nothing changed: every narrative reused");

    Path second = dir.resolve("content/briefings/second.md");
    Files.writeString(second, Files.readString(second).replace("Other:", "The other count:"));
    assertSameAsFresh(warm.build(options()).files());
    assertEquals(5, memo.reusedCount(), "the edited page alone was rendered again");

    Path facts = dir.resolve("content/facts/b.yaml");
    Files.writeString(facts, Files.readString(facts).replace("value: 1000", "value: 2000"));
    assertSameAsFresh(warm.build(options()).files());
    assertEquals(7, memo.reusedCount(), "a fact edit re-renders the page citing it");
  }

  @Test
  void warningsOfAReusedPageAreReportedAgain() throws IOException {
    FixtureSite.write(dir, SITE.replace("Nothing cited here.", "About 40 people."));
    SiteBuilder warm = new SiteBuilder(stage -> {}, true, new PageMemo());
    BuildResult first = warm.build(options());
    BuildResult second = warm.build(options());
    assertEquals(1, first.diagnostics().size(), first.diagnostics().toString());
    assertEquals(first.diagnostics(), second.diagnostics());
  }
}
