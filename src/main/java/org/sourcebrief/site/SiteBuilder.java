package org.sourcebrief.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.sourcebrief.chart.ChartStage;
import org.sourcebrief.chart.RenderedChart;
import org.sourcebrief.chart.card.ShareCard;
import org.sourcebrief.chart.card.ShareCardStage;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.config.SiteConfigLoader;
import org.sourcebrief.config.SiteLanguage;
import org.sourcebrief.content.Content;
import org.sourcebrief.content.ContentLoader;
import org.sourcebrief.content.Narrative;
import org.sourcebrief.diag.DiagnosticPrinter;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.template.Editions;
import org.sourcebrief.template.PageMemo;
import org.sourcebrief.template.Theme;
import org.sourcebrief.text.Words;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.SilentChanges;
import org.sourcebrief.validate.TranslatedContent;
import org.sourcebrief.validate.TranslationChecks;
import org.sourcebrief.validate.Validator;

/**
 * One build, top to bottom: load → validate → charts → render (Markdown and templates) → write.
 * Each stage reports into one collector and the build goes as far as it can, so one run shows every
 * problem; nothing is written unless the whole build succeeded. Pages are rendered even after
 * content errors, so mistakes in narratives and templates show in the same run; this is safe
 * because validation hands on only complete objects (a fact or chart that failed its checks is held
 * back), so no later stage meets a missing value.
 */
public final class SiteBuilder {
  private final Consumer<String> onStage;
  private final boolean draw;
  private final PageMemo memo;

  public SiteBuilder() {
    this(stage -> {});
  }

  /** {@code onStage} hears the name of each stage as it starts, for progress on a terminal. */
  public SiteBuilder(Consumer<String> onStage) {
    this(onStage, true);
  }

  /** {@code draw} false checks everything but draws no chart or card, touching no cache (check). */
  public SiteBuilder(Consumer<String> onStage, boolean draw) {
    this(onStage, draw, null);
  }

  /**
   * A builder for building the same site again and again (serve): it keeps unchanged pages between
   * its builds, so a rebuild renders only what a change touches.
   */
  public static SiteBuilder forRebuilds() {
    return new SiteBuilder(stage -> {}, true, new PageMemo());
  }

  /** {@code memo}, when not null, keeps unchanged pages between this builder's builds. */
  SiteBuilder(Consumer<String> onStage, boolean draw, PageMemo memo) {
    this.onStage = onStage;
    this.draw = draw;
    this.memo = memo;
  }

  public BuildResult build(BuildOptions o) throws IOException {
    // Refused before any work, so an editor learns at once that the output folder is wrong.
    if (o.out() != null) OutputFolder.check(o.out(), o.content(), o.templates());
    StageTimes times = new StageTimes();
    onStage.accept("load");
    Diagnostics diagnostics = new Diagnostics();
    SourceTexts texts = new SourceTexts();
    String contentName = BuildOptions.display(o.content());
    ProjectFiles readable = new ProjectFiles(diagnostics, o.content(), o.templates());
    SiteConfig config =
        new SiteConfigLoader(diagnostics, texts, readable)
            .load(o.content().resolve("site.yaml"), contentName + "/site.yaml")
            .orElse(null);
    if (config != null && o.baseUrl() != null) {
      config =
          config.withBaseUrl(SiteConfigLoader.normalizeBaseUrl(o.baseUrl()).orElse(o.baseUrl()));
    }
    Content content =
        new ContentLoader(diagnostics, texts, readable).load(o.content(), contentName);
    times.mark("load");
    onStage.accept("validate");
    SortedMap<String, byte[]> files = Collections.emptySortedMap();
    Map<String, ShareCard> cards = Map.of();
    ChartStage chartStage = new ChartStage(o.chartCache(), diagnostics);
    if (config != null) {
      new TranslationChecks(diagnostics).check(config, content);
      List<Language> languages = new ArrayList<>();
      for (SiteLanguage l : config.languages()) {
        languages.add(language(config.forLanguage(l), content, o, diagnostics, texts, readable));
      }
      if (o.since() != null && !languages.isEmpty())
        new SilentChanges(diagnostics)
            .check(
                o.since(), BuildOptions.display(o.since()), languages.get(0).checked(), o.today());
      if (o.strict()) diagnostics.makeWarningsErrors(); // no chart is drawn for a failing build
      times.mark("validate");
      for (Language l : languages) ChartStage.checkGlyphs(l.checked(), l.words(), diagnostics);
      onStage.accept("charts");
      boolean drawing = !diagnostics.hasErrors() && draw;
      List<Editions.Edition> editions = new ArrayList<>();
      for (Language l : languages) {
        Map<String, RenderedChart> charts =
            drawing ? chartStage.render(l.checked(), l.words()) : Map.of();
        editions.add(new Editions.Edition(l.checked(), charts, l.theme()));
      }
      times.mark("charts");
      onStage.accept("render");
      Editions renderer = new Editions(editions, diagnostics, memo);
      files = renderer.render();
      cards = renderer.shareCards();
      times.mark("render");
    }
    FollowOnErrors.drop(diagnostics);
    if (o.strict()) diagnostics.makeWarningsErrors();
    onStage.accept("cards");
    boolean good = !diagnostics.hasErrors();
    // Written to disk as they are drawn when the site goes to a folder: they are most of its bytes.
    try (AtomicWriter.Staging staging =
        good && o.out() != null ? AtomicWriter.begin(o.out()) : null) {
      if (good && draw) files = withCards(files, cards, o, diagnostics, staging);
      times.mark("cards");
      onStage.accept("write");
      if (diagnostics.hasErrors()) files = new TreeMap<>();
      else if (staging != null) staging.finish(files);
    }
    times.mark("write");
    int pages = (int) files.keySet().stream().filter(f -> f.endsWith(".html")).count();
    return new BuildResult(
        diagnostics.sorted(),
        new DiagnosticPrinter(texts),
        files,
        pages,
        content.facts().size(),
        content.sources().size(),
        chartStage.renderedCount(),
        times,
        config == null ? null : config.baseUrl(),
        content.narratives().stream()
            .filter(n -> n.draft() && !o.drafts())
            .map(Narrative::file)
            .sorted()
            .toList());
  }

  /** One language of the site, checked: its theme (with its words) and its content. */
  private record Language(Theme theme, Words words, CheckedContent checked) {}

  /**
   * The site in one of its languages: the theme with that language's words and locale, and the
   * content with its text in that language, checked.
   */
  private static Language language(
      SiteConfig config,
      Content content,
      BuildOptions o,
      Diagnostics diagnostics,
      SourceTexts texts,
      ProjectFiles readable) {
    Theme theme =
        new Theme(
            o.templates(),
            BuildOptions.display(o.templates()),
            config.locale(),
            diagnostics,
            texts,
            readable);
    Words words = theme.loadWords(config.language());
    Content in =
        config.isDefaultLanguage() ? content : TranslatedContent.in(content, config.language());
    CheckedContent checked =
        new Validator(diagnostics, words).check(config, in, o.today(), o.drafts());
    return new Language(theme, words, checked);
  }

  /**
   * Share cards are drawn last, and only for a build that succeeded; into {@code staging} when it
   * is not null, else among the files.
   */
  private static SortedMap<String, byte[]> withCards(
      SortedMap<String, byte[]> files,
      Map<String, ShareCard> cards,
      BuildOptions o,
      Diagnostics diagnostics,
      AtomicWriter.Staging staging)
      throws IOException {
    ShareCardStage stage = new ShareCardStage(o.chartCache(), diagnostics);
    // Equal cards (the pages of the fact index share one) are drawn once.
    Map<ShareCard, List<String>> paths = new java.util.LinkedHashMap<>();
    new TreeMap<>(cards)
        .forEach((path, card) -> paths.computeIfAbsent(card, c -> new ArrayList<>()).add(path));
    if (staging != null) {
      try {
        paths.entrySet().parallelStream()
            .forEach(
                e -> {
                  byte[] png = stage.png(e.getKey());
                  for (String path : e.getValue()) put(staging, path, png);
                });
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      return files;
    }
    SortedMap<String, byte[]> all = new TreeMap<>(files);
    paths.entrySet().parallelStream()
        .map(e -> Map.entry(e.getValue(), stage.png(e.getKey())))
        .toList()
        .forEach(e -> e.getKey().forEach(path -> all.put(path, e.getValue())));
    return all;
  }

  private static void put(AtomicWriter.Staging staging, String path, byte[] bytes) {
    try {
      staging.put(path, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
