package org.sourcebrief.paths;

import java.util.Set;
import org.sourcebrief.config.SiteConfig;
import org.sourcebrief.content.Narrative;

/**
 * Where everything goes. Every page is a folder ("briefings/returns/") holding index.html; links
 * between pages are relative, so the site works under any sub-path, and canonical addresses are
 * absolute, from the base address. Adding a kind of page, or a prefix for a language, changes this
 * class only.
 */
public final class PathPlan {
  /** Top-level folders the site writes itself; a page may not take their names. */
  public static final Set<String> RESERVED =
      Set.of(
          "assets",
          "authors",
          "briefings",
          "corrections",
          "data",
          "facts",
          "figures",
          "share",
          "sources",
          "topics",
          "404");

  private final String baseUrl;
  private final String prefix;
  private final FactPages factPages;

  /** {@code baseUrl} is the site's normalised base address, ending in "/". */
  public PathPlan(String baseUrl) {
    this(baseUrl, "");
  }

  /**
   * The pages of one language: {@code prefix} is "" for the default language, at the root, and
   * "{@code <code>}/" ("fa/") for each other language. Files every language shares (assets, data,
   * sitemap, robots.txt) stay at the root.
   */
  public PathPlan(String baseUrl, String prefix) {
    this(baseUrl, prefix, FactPages.NONE);
  }

  /** As {@link #PathPlan(String, String)}, with the fact index cut into {@code factPages}. */
  public PathPlan(String baseUrl, String prefix, FactPages factPages) {
    this.baseUrl = baseUrl;
    this.prefix = prefix;
    this.factPages = factPages;
  }

  /** How the fact index is cut into pages. */
  public FactPages factPages() {
    return factPages;
  }

  /** "" for the default language, "fa/" for Dari pages. */
  public String prefix() {
    return prefix;
  }

  /** A page folder of this language without the language's prefix: the same page in any. */
  public String unprefixed(String folder) {
    return folder.startsWith(prefix) ? folder.substring(prefix.length()) : folder;
  }

  /** The same page folder ({@link #unprefixed}) in the language published under {@code prefix}. */
  public static String inLanguage(String prefix, String pageKey) {
    return prefix + pageKey;
  }

  // Page folders, relative to the site root; "" is the home page.

  public String home() {
    return prefix;
  }

  /** The fact index: its first page. */
  public String facts() {
    return prefix + "facts/";
  }

  /** A page of the fact index, from 1: "facts/", "facts/2/". */
  public String facts(int page) {
    return page <= 1 ? facts() : facts() + page + "/";
  }

  public String sources() {
    return prefix + "sources/";
  }

  /** The page listing every correction and update. */
  public String corrections() {
    return prefix + "corrections/";
  }

  public String narrative(Narrative n) {
    return prefix + (n.kind() == Narrative.Kind.BRIEFING ? "briefings/" : "") + n.slug().id() + "/";
  }

  public String figure(String chartId) {
    return prefix + "figures/" + chartId + "/";
  }

  /** The page of an author named in site.yaml, listing their briefings. */
  public String author(String authorId) {
    return prefix + "authors/" + authorId + "/";
  }

  /** The page of a topic, listing the briefings filed under it. */
  public String topic(String topicId) {
    return prefix + "topics/" + topicId + "/";
  }

  /**
   * A page's citation for reference managers, next to the page: "briefings/returns/cite.bib"
   * (BibTeX), "cite.ris" (RIS) or "cite.json" (CSL-JSON).
   */
  public String citation(String folder, String extension) {
    return folder + "cite." + extension;
  }

  /** A figure alone, to be shown inside another site's page (an iframe). */
  public String embed(String chartId) {
    return figure(chartId) + "embed/";
  }

  // Files, relative to the site root.

  /** The HTML file of a page folder. */
  public String page(String folder) {
    return folder + "index.html";
  }

  /** A chart's image or data: "figures/returns.svg". */
  public String chartFile(String chartId, String extension) {
    return prefix + "figures/" + chartId + "." + extension;
  }

  /** A chart's phone layout, next to its wide SVG: "figures/returns-narrow.svg". */
  public String narrowChartFile(String chartId) {
    return prefix + "figures/" + chartId + "-narrow.svg";
  }

  /**
   * The card of the page at {@code <folder>index.html} is {@code share/<folder>index.png}
   * ("share/briefings/returns/index.png"), so two pages never share a card; no page lives under
   * share/, and no slug or chart id holds a dot.
   */
  public String shareCard(String folder) {
    if (!folder.isEmpty() && !folder.endsWith("/"))
      throw new IllegalArgumentException("not a page folder: " + folder);
    return "share/" + folder + "index.png";
  }

  public String notFound() {
    return prefix + "404.html";
  }

  public String feed() {
    return prefix + "feed.xml";
  }

  public String sitemap() {
    return "sitemap.xml";
  }

  public String robots() {
    return "robots.txt";
  }

  public String factsData(String extension) {
    return "data/facts." + extension;
  }

  /** The Data Package describing the CSV files of a page folder or of data/ ("data/"). */
  public String dataPackage(String folder) {
    return folder + "datapackage.json";
  }

  /** Every fact's recorded changes, one row each: "data/history.csv". */
  public String historyData() {
    return "data/history.csv";
  }

  public String asset(String name) {
    return "assets/" + name;
  }

  // Links.

  /** The relative way back to the site root from a page folder: "" or "../../". */
  public String root(String folder) {
    int depth = (int) folder.chars().filter(c -> c == '/').count();
    return "../".repeat(depth);
  }

  /** A link from a page (by its root prefix) to a page folder or file of the site. */
  public String href(String root, String path) {
    String h = root + path;
    return h.isEmpty() ? "./" : h;
  }

  /** A link to a fact's entry in the fact index, on the page that lists it. */
  public String fact(String root, String factId) {
    return href(root, facts(factPages.pageOf(factId))) + "#" + factId;
  }

  /** A link to a source's entry in the source index. */
  public String source(String root, String sourceId) {
    return href(root, sources()) + "#" + sourceId;
  }

  /** The full address of a page folder or file. */
  public String absolute(String path) {
    return baseUrl + path;
  }

  /** The path part of the base address ("/afghan-returns/"), for a page shown at any address. */
  public String basePath() {
    return SiteConfig.basePath(baseUrl);
  }
}
