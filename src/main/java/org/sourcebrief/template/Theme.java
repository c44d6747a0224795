package org.sourcebrief.template;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourcePosition;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.text.Words;

/**
 * The templates and assets of a site: its own {@code templates/} folder first, file by file, then
 * the default theme packed into the jar.
 */
public final class Theme {
  static final String DEFAULT_THEME = "/org/sourcebrief/theme";

  /** Assets of the default theme; the jar cannot be listed, so they are named here. */
  static final List<String> DEFAULT_ASSETS = List.of("favicon.svg", "style.css");

  private final Path siteDir;
  private final String display;
  private final Configuration config;
  private final Diagnostics diagnostics;
  private final SourceTexts texts;
  private final ProjectFiles files;
  private Words words;

  /**
   * {@code siteDir} may not exist; {@code display} is how the user named it; {@code files} decides
   * which of its files may be read.
   */
  public Theme(
      Path siteDir,
      String display,
      Locale locale,
      Diagnostics diagnostics,
      SourceTexts texts,
      ProjectFiles files) {
    this.siteDir = siteDir;
    this.display = display;
    this.diagnostics = diagnostics;
    this.texts = texts;
    this.files = files;
    this.config = configure(locale);
  }

  private Configuration configure(Locale locale) {
    Configuration c = new Configuration(Configuration.VERSION_2_3_34);
    c.setTemplateLoader(loader());
    c.setDefaultEncoding("UTF-8");
    c.setLocale(locale);
    c.setTimeZone(TimeZone.getTimeZone("UTC"));
    c.setNumberFormat("computer");
    c.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
    c.setLogTemplateExceptions(false);
    c.setWrapUncheckedExceptions(true);
    c.setFallbackOnNullLoopVariable(false);
    c.setTabSize(1); // so template columns count characters, as every diagnostic does
    c.setRecognizeStandardFileExtensions(true);
    return c;
  }

  private TemplateLoader loader() {
    List<TemplateLoader> loaders = new ArrayList<>();
    if (siteDir != null && Files.isDirectory(siteDir)) {
      try {
        loaders.add(new CheckedFileLoader());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    loaders.add(new ClassTemplateLoader(Theme.class, DEFAULT_THEME));
    return new MultiTemplateLoader(loaders.toArray(new TemplateLoader[0]));
  }

  /**
   * Reads the interface words for {@code language} (the default theme's, overridden key by key by
   * the site's {@code words/<language>.yaml}) and gives them to every template as {@code t(key, …)}
   * and {@code th(key, …)}. Called once, before anything is rendered.
   */
  public Words loadWords(String language) {
    words =
        new WordBundles(diagnostics, texts, files)
            .load(language, config.getLocale(), siteDir, display);
    config.setSharedVariable("t", TemplateWords.text(words));
    config.setSharedVariable("th", TemplateWords.html(words));
    return words;
  }

  /** The words read by {@link #loadWords}. */
  public Words words() {
    if (words == null) throw new IllegalStateException("the words are read before rendering");
    return words;
  }

  /** The pieces of a page that the theme's partials write. */
  public org.sourcebrief.markdown.Markup markup() {
    return new ThemeMarkup(this);
  }

  /** Renders a template; on a template mistake, reports it and gives empty. */
  public Optional<String> render(String name, Map<String, Object> model) {
    try {
      Template t = config.getTemplate(name);
      StringWriter out = new StringWriter();
      t.process(model, out);
      return Optional.of(out.toString());
    } catch (ParseException e) {
      report(
          "template-syntax",
          e.getTemplateName(),
          e.getLineNumber(),
          e.getColumnNumber(),
          summary(e.getEditorMessage()));
    } catch (TemplateException e) {
      report(
          "template-error",
          e.getTemplateSourceName(),
          nz(e.getLineNumber()),
          nz(e.getColumnNumber()),
          summary(e.getMessageWithoutStackTop()));
    } catch (IOException | SecurityException e) {
      diagnostics.error(
          "template-missing",
          SourcePosition.ofFile(display + "/" + name),
          "template '" + name + "' cannot be read: " + e.getMessage(),
          "check the file name in templates/, or delete it to use the default theme's");
    }
    return Optional.empty();
  }

  private void report(String code, String template, int line, int column, String message) {
    String name = template == null ? "?" : template;
    String file = fileName(name);
    diagnostics.error(
        code,
        new SourcePosition(file, line, column),
        "template " + name + ": " + message,
        "fix the template; a site's templates/ file "
            + "replaces the default theme's file of the same name");
  }

  private String fileName(String template) {
    Path own = siteDir == null ? null : siteDir.resolve(template);
    if (own != null && files.mayRead(own, display + "/" + template)) {
      String file = display + "/" + template;
      try {
        texts.put(file, Files.readString(own, StandardCharsets.UTF_8));
      } catch (IOException e) {
        // the excerpt is a convenience; the position alone still helps
      }
      return file;
    }
    return "(default theme)/" + template;
  }

  /**
   * What identifies this theme's files now: each of the site's template files with its size and
   * modification time (the default theme is fixed for a given jar).
   */
  public String fingerprint() {
    if (siteDir == null || !Files.isDirectory(siteDir)) return "default";
    try (Stream<Path> s = Files.walk(siteDir)) {
      StringBuilder out = new StringBuilder();
      for (Path p : s.filter(Files::isRegularFile).sorted().toList()) {
        out.append(siteDir.relativize(p))
            .append(' ')
            .append(Files.size(p))
            .append(' ')
            .append(Files.getLastModifiedTime(p).toMillis())
            .append('\n');
      }
      return out.toString();
    } catch (IOException e) {
      return "unreadable " + System.nanoTime(); // never matches: render afresh
    }
  }

  /** Every asset file name, the site's own and the default theme's, sorted. */
  public List<String> assets() {
    TreeSet<String> names = new TreeSet<>(DEFAULT_ASSETS);
    Path dir = siteDir == null ? null : siteDir.resolve("assets");
    if (dir != null && Files.isDirectory(dir)) {
      try {
        files
            .list(dir, display + "/assets", n -> true)
            .forEach(p -> names.add(p.getFileName().toString()));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return List.copyOf(names);
  }

  /** The bytes of an asset, the site's own copy first. */
  public byte[] asset(String name) {
    try {
      Path own = siteDir == null ? null : siteDir.resolve("assets").resolve(name);
      if (own != null && files.mayRead(own, display + "/assets/" + name)) {
        return Files.readAllBytes(own);
      }
      try (InputStream in = Theme.class.getResourceAsStream(DEFAULT_THEME + "/assets/" + name)) {
        if (in == null) throw new IOException("missing default asset " + name);
        return in.readAllBytes();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The site's own templates, each read only when {@link ProjectFiles} allows it; a refused file is
   * reported there and the default theme's file of the same name stands in while the build fails.
   * Links are allowed here because that check already keeps them inside the project.
   */
  private final class CheckedFileLoader extends FileTemplateLoader {
    CheckedFileLoader() throws IOException {
      super(siteDir.toFile(), true);
    }

    @Override
    public Object findTemplateSource(String name) throws IOException {
      return files.mayRead(siteDir.resolve(name), display + "/" + name)
          ? super.findTemplateSource(name)
          : null;
    }
  }

  private static int nz(Integer i) {
    return i == null ? 0 : i;
  }

  /**
   * FreeMarker's message without its list of expected tokens and its tips: the lines up to the
   * first separator, joined into one.
   */
  static String summary(String s) {
    if (s == null) return "error";
    StringBuilder out = new StringBuilder();
    for (String line : s.strip().lines().toList()) {
      String l = line.strip();
      if (l.startsWith("----") || l.startsWith("Was expecting") || l.startsWith("Tip:")) break;
      if (l.isEmpty()) continue;
      if (out.length() > 0) out.append(' ');
      out.append(l);
    }
    String text =
        out.toString().replaceAll("\\s*\\[in template \"[^\"]*\" at line \\d+, column \\d+\\]", "");
    text = text.replaceAll("\\s*Help \\(latest version\\):.*$", "");
    int expecting = text.indexOf(", but was expecting");
    if (expecting >= 0) {
      text =
          text.substring(0, expecting)
              + ": something before it is not finished "
              + "(a missing }, >, closing quote or closing tag)";
    }
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }
}
