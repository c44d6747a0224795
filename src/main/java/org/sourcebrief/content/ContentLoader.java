package org.sourcebrief.content;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiConsumer;
import org.sourcebrief.diag.Diagnostics;
import org.sourcebrief.diag.SourceTexts;
import org.sourcebrief.diag.Utf8Text;
import org.sourcebrief.files.ProjectFiles;
import org.sourcebrief.yaml.YamlNode;
import org.sourcebrief.yaml.YamlReader;

/**
 * Reads the content folder: {@code sources.yaml} and {@code sources/*.yaml}, {@code facts/*.yaml},
 * {@code charts/*.yaml}, {@code briefings/*.md} and {@code pages/*.md}, each in file-name order.
 */
public final class ContentLoader {
  private final Diagnostics diagnostics;
  private final YamlReader yaml;
  private final ProjectFiles files;

  /** {@code files} decides which of the folder's files may be read. */
  public ContentLoader(Diagnostics diagnostics, SourceTexts texts, ProjectFiles files) {
    this.diagnostics = diagnostics;
    this.yaml = new YamlReader(diagnostics, texts);
    this.files = files;
  }

  /**
   * Loads {@code dir}; file names in diagnostics start with {@code display}, the folder as the user
   * named it.
   */
  public Content load(Path dir, String display) throws IOException {
    return new Content(
        sources(dir, display), facts(dir, display), charts(dir, display), narratives(dir, display));
  }

  private List<Source> sources(Path dir, String display) throws IOException {
    Map<String, Source> byId = new TreeMap<>();
    SourceLoader loader = new SourceLoader(diagnostics);
    List<Path> found = new ArrayList<>();
    Path single = dir.resolve("sources.yaml");
    if (files.mayRead(single, name(dir, single, display))) found.add(single);
    found.addAll(list(dir, "sources", ".yaml", display));
    for (Path f : found) {
      String file = name(dir, f, display);
      yaml.read(file, read(f, file)).ifPresent(root -> loader.load(root, byId));
    }
    return List.copyOf(byId.values());
  }

  private List<Fact> facts(Path dir, String display) throws IOException {
    return listsIn(dir, "facts", display, new FactLoader(diagnostics)::load);
  }

  private List<ChartSpec> charts(Path dir, String display) throws IOException {
    return listsIn(dir, "charts", display, new ChartLoader(diagnostics)::load);
  }

  /**
   * Reads every YAML file of a folder whose top level is a list: files are parsed in parallel,
   * their items joined in file-name order.
   */
  private <T> List<T> listsIn(
      Path dir, String folder, String display, BiConsumer<YamlNode, List<T>> loader)
      throws IOException {
    return list(dir, folder, ".yaml", display).parallelStream()
        .map(
            f -> {
              List<T> items = new ArrayList<>();
              String file = name(dir, f, display);
              yaml.read(file, read(f, file)).ifPresent(root -> loader.accept(root, items));
              return items;
            })
        .toList()
        .stream()
        .flatMap(List::stream)
        .toList();
  }

  private List<Narrative> narratives(Path dir, String display) throws IOException {
    List<Narrative> all = new ArrayList<>();
    NarrativeLoader loader = new NarrativeLoader(diagnostics, yaml);
    for (Narrative.Kind kind : Narrative.Kind.values()) {
      String folder = kind == Narrative.Kind.BRIEFING ? "briefings" : "pages";
      for (Path f : list(dir, folder, ".md", display)) {
        String file = name(dir, f, display);
        String text = yaml.register(file, read(f, file));
        String name = f.getFileName().toString().replaceFirst("\\.md$", "");
        String language = TranslatedName.language(name);
        String slug = language == null ? name : TranslatedName.original(name);
        loader.load(kind, file, text, slug, language).ifPresent(all::add);
      }
    }
    return all;
  }

  private List<Path> list(Path dir, String folder, String extension, String display)
      throws IOException {
    Path f = dir.resolve(folder);
    return files.list(
        f,
        name(dir, f, display),
        n -> n.endsWith(extension) || extension.equals(".yaml") && n.endsWith(".yml"));
  }

  private static String name(Path dir, Path file, String display) {
    String rel = dir.relativize(file).toString().replace('\\', '/');
    return display.isEmpty() ? rel : display + "/" + rel;
  }

  /** The file's text; bytes that are not UTF-8 are reported where they first occur. */
  private String read(Path f, String file) {
    try {
      return Utf8Text.decode(file, Files.readAllBytes(f), diagnostics);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
