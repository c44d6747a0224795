package org.sourcebrief.quality;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sourcebrief.testing.CliRun;
import org.sourcebrief.testing.FixtureSite;
import org.sourcebrief.text.ControlCharacters;
import org.xml.sax.SAXException;

/**
 * Every XML file a build writes (the feed, the sitemap, the chart SVGs) is well-formed to a real
 * XML parser, and no page holds a control character: on the example briefing, and on a site whose
 * text uses every character that markup treats specially.
 */
class XmlOutputTest {
  /**
   * Valid but awkward text: markup characters, a CDATA end, emoji, bidi marks, a line separator.
   */
  private static final String AWKWARD =
      "Less < & more > \\\"quoted\\\" 'single' ]]> \\U0001F600 \\u200F\\u202E \\u2028 end";

  @Test
  void theExampleSiteWritesWellFormedXml(@TempDir Path dir) throws IOException {
    copy(Path.of("content"), dir.resolve("content"));
    copy(Path.of("templates"), dir.resolve("templates"));
    CliRun run = CliRun.in(dir, "build");
    assertEquals(0, run.exitCode(), run.err());
    assertWellFormed(dir.resolve("site-out"), true);
  }

  @Test
  void awkwardTextStillGivesWellFormedXml(@TempDir Path dir) throws IOException {
    FixtureSite.write(
        dir,
        FixtureSite.MINIMAL
                .replace("title: \"Test site\"", "title: \"" + AWKWARD + "\"")
                .replace("title: \"First briefing\"", "title: \"" + AWKWARD + "\"")
                .replace("summary: \"A summary.\"", "summary: \"" + AWKWARD + "\"")
                .replace("label: \"People counted\"", "label: \"" + AWKWARD + "\"")
                .replace("title: \"Annual report\"", "title: \"" + AWKWARD + "\"")
            + "\n-- content/charts/c.yaml --\n"
            + "- id: people_chart\n"
            + "  type: bar\n"
            + "  title: \""
            + AWKWARD
            + "\"\n"
            + "  alt: \""
            + AWKWARD
            + "\"\n"
            + "  series:\n"
            + "    - name: \""
            + AWKWARD
            + "\"\n"
            + "      points:\n"
            + "        - { label: \""
            + AWKWARD
            + "\", fact: people_count }\n");
    CliRun run = CliRun.in(dir, "build");
    assertEquals(0, run.exitCode(), run.err());
    Path out = dir.resolve("site-out");
    assertTrue(Files.exists(out.resolve("figures/people_chart.svg")), "no chart was drawn");
    assertTrue(
        Files.readString(out.resolve("feed.xml")).contains("]]&gt;"), "the feed lost the text");
    assertWellFormed(out, true);
  }

  @Test
  void theCheckCatchesABrokenFile(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("feed.xml"), "<feed><title>a\u0001</title></feed>");
    assertFalse(problems(dir).isEmpty());
    Files.writeString(dir.resolve("feed.xml"), "<feed><title>ok</title></feed>");
    Files.writeString(dir.resolve("index.html"), "<p>a\u001b[31m</p>");
    assertFalse(problems(dir).isEmpty());
  }

  private static void assertWellFormed(Path out, boolean expectXml) throws IOException {
    List<String> problems = problems(out);
    assertEquals(List.of(), problems, () -> String.join("\n", problems));
    if (expectXml) {
      assertTrue(Files.exists(out.resolve("feed.xml")) && Files.exists(out.resolve("sitemap.xml")));
    }
  }

  /**
   * Each .xml or .svg file a real parser refuses, and each .html file holding a control character.
   */
  private static List<String> problems(Path out) throws IOException {
    List<String> problems = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> s = Files.walk(out)) {
      files = s.filter(Files::isRegularFile).sorted().toList();
    }
    for (Path f : files) {
      String name = out.relativize(f).toString();
      if (name.endsWith(".xml") || name.endsWith(".svg")) {
        try (InputStream in = Files.newInputStream(f)) {
          DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
          factory.setNamespaceAware(true);
          factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
          factory.newDocumentBuilder().parse(in);
        } catch (SAXException e) {
          problems.add(name + ": " + e.getMessage());
        } catch (javax.xml.parsers.ParserConfigurationException e) {
          throw new IllegalStateException(e);
        }
      } else if (name.endsWith(".html")) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        text.codePoints()
            .filter(ControlCharacters::refused)
            .findFirst()
            .ifPresent(c -> problems.add(name + ": holds " + ControlCharacters.name(c)));
      }
    }
    return problems;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> s = Files.walk(from)) {
      for (Path p : s.sorted().toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) Files.createDirectories(target);
        else Files.copy(p, target);
      }
    }
  }
}
