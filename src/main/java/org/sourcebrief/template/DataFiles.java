package org.sourcebrief.template;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import org.sourcebrief.content.Fact;
import org.sourcebrief.content.HistoryEntry;
import org.sourcebrief.content.Source;
import org.sourcebrief.markdown.Citations;
import org.sourcebrief.text.PartialDate;
import org.sourcebrief.validate.CheckedContent;
import org.sourcebrief.validate.CheckedFact;

/**
 * Every fact as data, for journalists and researchers: {@code data/facts.csv} and {@code
 * data/facts.json}, each with the value, unit, date, formula and full source citations, and the
 * changes recorded to each fact: an array in the JSON, {@code data/history.csv} beside the CSV (one
 * row per change, so the facts file keeps one row per fact).
 */
final class DataFiles {
  static final List<String> CSV_COLUMNS =
      List.of(
          "id",
          "label",
          "value",
          "unit",
          "from",
          "to",
          "as_of",
          "derive",
          "approximate",
          "final",
          "source_ids",
          "sources",
          "note");

  /** The columns of {@code data/history.csv}: one row per change, oldest first within a fact. */
  static final List<String> HISTORY_COLUMNS =
      List.of(
          "fact_id",
          "date",
          "kind",
          "previous_value",
          "previous_unit",
          "previous_from",
          "previous_to",
          "previous_as_of",
          "reason",
          "source_id");

  private final CheckedContent content;
  private final Citations citations;

  private final Citing citing;

  DataFiles(CheckedContent content, Citations citations) {
    this(content, citations, null);
  }

  /** {@code citing} (null for none) adds to each fact in the JSON the pages that cite it. */
  DataFiles(CheckedContent content, Citations citations, Citing citing) {
    this.content = content;
    this.citations = citations;
    this.citing = citing;
  }

  /** Every cell is text but the value, so a label or note never runs as a spreadsheet formula. */
  String csv() {
    StringBuilder out = new StringBuilder();
    new CsvRow().texts(CSV_COLUMNS).appendTo(out);
    for (CheckedFact c : content.facts().values()) {
      Fact f = c.fact();
      List<String> ids = c.sources();
      new CsvRow()
          .texts(List.of(f.id(), f.label()))
          .number(c.value())
          .texts(
              List.of(
                  nz(f.unit()),
                  f.period() == null ? "" : f.period().from().toString(),
                  f.period() == null ? "" : f.period().to().toString(),
                  date(f.asOf()),
                  f.isDerived() ? f.derive().text() : "",
                  String.valueOf(c.approximate()),
                  String.valueOf(f.isFinal()),
                  String.join(" ", ids),
                  String.join(
                      " | ",
                      ids.stream().map(id -> citations.text(content.sources().get(id))).toList()),
                  nz(f.note())))
          .appendTo(out);
    }
    return out.toString();
  }

  /** Every fact's recorded changes; the earlier unit and dates only where they changed. */
  String historyCsv() {
    StringBuilder out = new StringBuilder();
    new CsvRow().texts(HISTORY_COLUMNS).appendTo(out);
    for (CheckedFact c : content.facts().values()) {
      for (HistoryEntry e : c.fact().history()) {
        new CsvRow()
            .texts(List.of(c.id(), e.date().toString(), e.kind().word()))
            .number(e.value())
            .texts(
                List.of(
                    nz(e.unit()),
                    e.period() == null ? "" : e.period().from().toString(),
                    e.period() == null ? "" : e.period().to().toString(),
                    date(e.asOf()),
                    nz(e.reason()),
                    e.source() == null ? "" : e.source().id()))
            .appendTo(out);
      }
    }
    return out.toString();
  }

  /** data/facts.json as UTF-8 bytes, written one fact at a time (never the whole tree at once). */
  byte[] json() {
    JsonNodeFactory nodes = JsonNodeFactory.withExactBigDecimals(true);
    ObjectNode head = nodes.objectNode();
    head.put("site", content.config().title());
    head.put("url", content.config().baseUrl());
    return JsonText.writeObject(
        head, "facts", content.facts().values().stream().map(c -> fact(c, nodes)).iterator());
  }

  private ObjectNode fact(CheckedFact c, JsonNodeFactory nodes) {
    Fact f = c.fact();
    ObjectNode o = nodes.objectNode();
    o.put("id", f.id());
    o.put("label", f.label());
    o.put("value", c.value());
    o.put("unit", f.unit());
    if (f.period() != null) {
      o.putObject("period")
          .put("from", f.period().from().toString())
          .put("to", f.period().to().toString());
    }
    if (f.asOf() != null) o.put("as_of", f.asOf().toString());
    if (f.isDerived()) o.put("derive", f.derive().text());
    o.put("approximate", c.approximate());
    o.put("final", f.isFinal());
    if (f.note() != null) o.put("note", f.note());
    ArrayNode sources = o.putArray("sources");
    for (String id : c.sources()) sources.add(source(content.sources().get(id), nodes));
    if (citing != null) {
      ArrayNode cited = o.putArray("cited_by");
      citing.addresses("fact:" + f.id()).forEach(cited::add);
    }
    ArrayNode history = o.putArray("history");
    for (HistoryEntry e : f.history()) history.add(change(e, nodes));
    return o;
  }

  /** A recorded change: when, what kind, the earlier value (unit and dates where they changed). */
  private static ObjectNode change(HistoryEntry e, JsonNodeFactory nodes) {
    ObjectNode o = nodes.objectNode();
    o.put("date", e.date().toString());
    o.put("kind", e.kind().word());
    o.put("value", e.value());
    if (e.unit() != null) o.put("unit", e.unit());
    if (e.period() != null) {
      o.putObject("period")
          .put("from", e.period().from().toString())
          .put("to", e.period().to().toString());
    }
    if (e.asOf() != null) o.put("as_of", e.asOf().toString());
    if (e.reason() != null) o.put("reason", e.reason());
    if (e.source() != null) o.put("source", e.source().id());
    return o;
  }

  private ObjectNode source(Source s, JsonNodeFactory nodes) {
    ObjectNode o = nodes.objectNode();
    o.put("id", s.id());
    o.put("publisher", s.publisher());
    o.put("title", s.title());
    o.put("date", date(s.date()));
    if (s.url() != null) o.put("url", s.url());
    if (s.accessed() != null) o.put("accessed", s.accessed().toString());
    if (s.via() != null) o.put("via", s.via().id());
    if (s.archiveUrl() != null) o.put("archive_url", s.archiveUrl());
    o.put("citation", citations.text(s));
    return o;
  }

  private static String date(PartialDate d) {
    return d == null ? "" : d.toString();
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
