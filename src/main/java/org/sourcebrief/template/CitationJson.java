package org.sourcebrief.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.sourcebrief.text.PartialDate;

/**
 * A citation as JSON: CSL-JSON, which Zotero, Mendeley and citation processors import, and the
 * schema.org JSON-LD a page carries in its head ({@code Article} for a briefing, {@code Dataset}
 * for a figure). Keys come out in a fixed order.
 */
final class CitationJson {
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

  private CitationJson() {}

  /** A CSL-JSON list holding the one item. */
  static String csl(CitedWork w) {
    ObjectNode o = JSON.objectNode();
    o.put("id", w.key());
    o.put("type", w.kind() == CitedWork.Kind.DATASET ? "dataset" : "webpage");
    o.put("title", w.title());
    ArrayNode authors = o.putArray("author");
    w.creators().forEach(name -> authors.addObject().put("literal", name));
    o.put("publisher", w.publisher());
    o.put("container-title", w.site());
    if (w.date() != null) o.set("issued", cslDate(w.date()));
    String note = CitedWork.note(w);
    if (!note.isEmpty()) o.put("note", note);
    o.put("URL", w.url());
    o.put("language", w.language());
    if (!w.description().isBlank()) o.put("abstract", w.description());
    return JsonText.write(JSON.arrayNode().add(o));
  }

  private static ObjectNode cslDate(PartialDate d) {
    ArrayNode parts = JSON.arrayNode().add(d.year());
    if (d.hasMonth()) parts.add(d.month());
    if (d.hasDay()) parts.add(d.day());
    ObjectNode date = JSON.objectNode();
    date.putArray("date-parts").add(parts);
    return date;
  }

  /**
   * The schema.org description, safe inside {@code <script>}: every {@code <}, {@code >} and {@code
   * &} is written as a JSON escape, so no text can close the script.
   */
  static String jsonLd(CitedWork w) {
    boolean dataset = w.kind() == CitedWork.Kind.DATASET;
    ObjectNode o = JSON.objectNode();
    o.put("@context", "https://schema.org");
    o.put("@type", dataset ? "Dataset" : "Article");
    o.put(dataset ? "name" : "headline", w.title());
    if (!w.description().isBlank()) o.put("description", w.description());
    o.put("url", w.url());
    o.put("inLanguage", w.language());
    ArrayNode authors = o.putArray(dataset ? "creator" : "author");
    if (w.authors().isEmpty()) authors.add(organisation(w.publisher()));
    for (CitedWork.Person p : w.authors()) {
      ObjectNode person = authors.addObject().put("@type", "Person").put("name", p.name());
      if (p.url() != null) person.put("url", p.url());
    }
    o.set("publisher", organisation(w.publisher()));
    if (w.published() != null) o.put("datePublished", w.published().toString());
    if (w.updated() != null) o.put("dateModified", w.updated().toString());
    if (!w.keywords().isEmpty()) o.put("keywords", String.join(", ", w.keywords()));
    if (dataset && w.dataUrl() != null) {
      o.putArray("distribution")
          .addObject()
          .put("@type", "DataDownload")
          .put("encodingFormat", "text/csv")
          .put("contentUrl", w.dataUrl());
    }
    return JsonText.write(o)
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026");
  }

  private static ObjectNode organisation(String name) {
    return JSON.objectNode().put("@type", "Organization").put("name", name);
  }
}
