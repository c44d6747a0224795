package org.sourcebrief.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.diag.Diagnostic;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.Severity;
import org.sourcebrief.testing.Checked;
import org.sourcebrief.testing.DefaultTheme;
import org.sourcebrief.testing.FixtureSite;

/**
 * The naked-number lint, through the real renderer: a corpus of snippets with their expected
 * findings (src/test/resources/lint/naked-numbers.tsv), then positions, lint.allow, headings,
 * tables, links and the figures of the news report the example briefing is built from.
 */
class NakedNumberLintTest {
  private static final String FACTS =
      """
      -- content/facts/b.yaml --
      - id: total
        label: "Total"
        value: 3200000
        approximate: true
        as_of: 2024
        source: agency-2024
      -- content/briefings/first.md --""";
  private static final Checked SITE = Checked.of(site(""));
  private static final String CORPUS = "/lint/naked-numbers.tsv";

  private static String site(String siteYamlExtra) {
    return FixtureSite.MINIMAL
        .replace("locale: en-US\n", "locale: en-US\n" + siteYamlExtra)
        .replace("-- content/briefings/first.md --", FACTS);
  }

  /** The naked-number findings of a body, as "line:col=quoted number"; other diagnostics fail. */
  private static List<String> lint(Checked site, String body) {
    Narrative n = withBody(site.content().narratives().get(0), body);
    Diagnostics d = new Diagnostics();
    DefaultTheme.markdown(site.content(), d).render(n, "../../");
    List<Diagnostic> all = d.sorted();
    List<Diagnostic> other = all.stream().filter(x -> !x.code().equals("naked-number")).toList();
    assertEquals(List.of(), other, "the snippet itself is broken: " + body);
    return all.stream().map(NakedNumberLintTest::finding).toList();
  }

  /**
   * The fixture's narrative with another body, starting on line 1 of "corpus.md". Copied component
   * by component, so that new front-matter fields do not break the corpus.
   */
  private static Narrative withBody(Narrative n, String body) {
    RecordComponent[] parts = Narrative.class.getRecordComponents();
    Object[] values = new Object[parts.length];
    Class<?>[] types = new Class<?>[parts.length];
    try {
      for (int i = 0; i < parts.length; i++) {
        types[i] = parts[i].getType();
        values[i] =
            switch (parts[i].getName()) {
              case "file" -> "corpus.md";
              case "body" -> body;
              case "bodyFirstLine" -> 1;
              default -> parts[i].getAccessor().invoke(n);
            };
      }
      return Narrative.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  private static String finding(Diagnostic x) {
    assertEquals(Severity.WARNING, x.severity());
    assertEquals(NakedNumberLint.HINT, x.hint());
    String m = x.message();
    String quote = m.substring(m.indexOf('\'') + 1, m.lastIndexOf('\'')).replace('\u00A0', ' ');
    return x.position().line() + ":" + x.position().column() + "=" + quote;
  }

  static Stream<Arguments> corpus() throws IOException {
    try (InputStream in = NakedNumberLintTest.class.getResourceAsStream(CORPUS)) {
      String tsv = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      return tsv
          .lines()
          .filter(l -> !l.isBlank() && !l.startsWith("#"))
          .map(l -> l.split("\t"))
          .map(cols -> Arguments.of(cols[0], cols[1]))
          .toList()
          .stream();
    }
  }

  @ParameterizedTest(name = "{0} → {1}")
  @MethodSource("corpus")
  void corpusSnippet(String snippet, String expected) {
    List<String> want = expected.equals("ok") ? List.of() : List.of(expected.split(" ; "));
    assertEquals(want, lint(SITE, snippet.replace("\\n", "\n")));
  }

  @Test
  void theCorpusIsLargeAndCoversBothVerdicts() throws IOException {
    List<Arguments> all = corpus().toList();
    long ok = all.stream().filter(a -> a.get()[1].equals("ok")).count();
    assertTrue(all.size() >= 60 && ok >= 30 && all.size() - ok >= 30, all.size() + " / " + ok);
  }

  @Test
  void positionsAreFileLinesAndCodePointColumnsAcrossLines() {
    Checked site =
        Checked.of(
            site("")
                .replace(
                    "We counted {{fact:people_count}} people.{{cite:agency-2024}}",
                    "We counted {{fact:people_count}} people.\n\n"
                        + "A second paragraph that runs\nonto a line with 😀 5,000 people,\n"
                        + "> and a quote\n> of 1.3 million"));
    Narrative n = site.content().narratives().get(0);
    Diagnostics d = new Diagnostics();
    DefaultTheme.markdown(site.content(), d).render(n, "../../");
    String rest = " is typed into the text, not taken from a fact";
    assertEquals(
        List.of(
            "content/briefings/first.md:9:20 the number '5,000'" + rest,
            "content/briefings/first.md:11:6 the number '1.3 million'" + rest),
        d.sorted().stream().map(x -> x.position() + " " + x.message()).toList());
  }

  /**
   * Translated prose is read as English is: Persian and Arabic-Indic digits with their own
   * separators and percent sign, at code-point columns, across lines, quotes and table cells.
   */
  @Test
  void dariPashtoAndUrduProseIsReadWithItsPositions() {
    String body =
        """
        طبق گزارش، {{fact:people_count}} نفر بازگشتند.{{cite:agency-2024}}

        از نومبر ۲۰۲۳ تا اکتوبر ۲۰۲۴،
        حدود ۷۵۷٬۰۰۸ نفر و ٪۸۰ آنان زن و کودک بودند.

        > نږدې ۳٫۲ میلیونه افغانان، چې ١٢٫٥٪ یې

        | حیثیت | تعداد |
        |---|---|
        | رجسٹرڈ | 13 لاکھ |""";
    assertEquals(
        List.of("4:6=۷۵۷٬۰۰۸", "4:20=٪۸۰", "6:8=۳٫۲ میلیونه", "6:32=١٢٫٥٪", "10:12=13 لاکھ"),
        lint(SITE, body));
  }

  @Test
  void lintAllowPatternsSilenceNumbersInsideTheirMatches() {
    Checked site =
        Checked.of(
            site(
                """
        lint:
          allow:
            - 'Camp \\d+'
            - '\\d+ hours a day'
            - '(?i)flight [a-z]{2} \\d+'
        """));
    assertEquals(List.of(), lint(site, "Camp 12 is open 24 hours a day; see flight pk 301."));
    assertEquals(
        List.of("1:6=12", "1:17=24"),
        lint(site, "Tent 12 is open 24 hours."),
        "a number outside every match is still reported");
    assertEquals(
        List.of("1:11=3 million"),
        lint(site, "Camp 5 of 3 million people"),
        "a match silences only the numbers inside it");
  }

  @Test
  void headingsAreReadButTheirSectionNumbersAreNot() {
    assertEquals(
        List.of("1:7=757,008", "3:12=1.3 million"),
        lint(SITE, "## 2. 757,008 returned\n\n### 3.1 Of 1.3 million\n\n## 2024 in review"));
    assertEquals(
        List.of("1:8=800,000"), lint(SITE, "Nearly 800,000 left\n==="), "a setext heading too");
  }

  @Test
  void everyTableCellIsReadHeadersIncluded() {
    String table =
        """
        | Status | 2024 | Top 5 |
        |---:|---|---|
        | Registered | 1.3 million | 40% |
        | Other | {{fact:total\\|compact}} | {{raw:n/a}} |
        | Total 3 | 2023–24 | COVID-19 |""";
    assertEquals(List.of("1:23=5", "3:16=1.3 million", "3:30=40%", "5:9=3"), lint(SITE, table));
  }

  @Test
  void linkTextIsProseButTheAddressIsNot() {
    assertEquals(
        List.of("1:2=757,008"),
        lint(SITE, "[757,008 people](https://example.org/2024/800000?page=5 \"title 3\")"));
    assertEquals(List.of("1:2=5"), lint(SITE, "[5][ref]\n\n[ref]: https://example.org/12345"));
    assertEquals(
        List.of(),
        lint(
            SITE,
            "See <https://example.org/757008> and [the report][r].\n\n"
                + "[r]: https://example.org/3.2-million"));
  }

  /**
   * The news report behind the example briefing, with its figures typed in by hand: the lint
   * catches each one, and nothing else (dates, "One Year", "millions of", "for decades").
   */
  @Test
  void catchesEveryFigureOfTheNewsReportWrittenByHand() {
    String report =
        """
        Pakistan Sent Back Nearly 800,000 Afghan Refugees in One Year, Says Official

        KABUL, AFGHANISTAN – Nearly 800,000 Afghan refugees have either been deported or \
        voluntarily returned from Pakistan since November 2023, following the country’s \
        crackdown on undocumented foreign nationals, according to Pakistani officials.

        Pakistan’s Foreign Ministry spokesperson, Mumtaz Zahra Baloch, said during her weekly \
        press briefing on Thursday that the process is still ongoing.

        “Since November 2023 to October 2024, so far 757,008 undocumented Afghans were sent \
        back to Afghanistan,” she said, adding that the figure also includes those who \
        returned voluntarily.

        In November of last year, Pakistan launched a crackdown on foreign nationals residing \
        in the country without legal documentation.

        For decades, the country has hosted millions of Afghan refugees fleeing conflict. \
        According to the UN, there are currently around 3.2 million Afghan refugees in \
        Pakistan, with approximately 1.3 million registered and another 880,000 holding legal \
        status to remain.

        According to the UN, nearly 24 million people, mostly women and children, rely on \
        humanitarian assistance in the country this year.
        """;
    List<String> quoted =
        lint(SITE, report).stream().map(f -> f.substring(f.indexOf('=') + 1)).toList();
    assertEquals(
        List.of(
            "800,000", "800,000", "757,008", "3.2 million", "1.3 million", "880,000", "24 million"),
        quoted);
  }

  @Test
  void theSameSentencesWrittenWithReferencesAreClean() {
    assertEquals(
        List.of(),
        lint(
            SITE,
            """
        Since November 2023 to October 2024, so far {{fact:people_count}} undocumented Afghans \
        were sent back.{{cite:agency-2024}} There are currently {{fact:total|compact}} Afghan \
        refugees in Pakistan, in the 2023–24 count of 31 Oct 2024."""));
  }
}
