package org.sourcebrief.template;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Map;

/**
 * The JSON files the site writes (data, citations, data packages), the same bytes on every machine:
 * two-space indents, "\n" line ends, exact decimals written plain, a final newline. One writer for
 * the whole build (it is safe to share between threads).
 */
final class JsonText {
  private static final ObjectWriter WRITER =
      new ObjectMapper()
          .enable(JsonGenerator.Feature.WRITE_BIGDECIMAL_AS_PLAIN)
          .writer(
              new DefaultPrettyPrinter()
                  .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                  .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private JsonText() {}

  /**
   * The bytes {@link #write} gives for {@code head} with one more field, {@code name}, an array of
   * {@code items}; each item is made and written in turn, so a long array is never held whole.
   */
  static byte[] writeObject(ObjectNode head, String name, Iterator<? extends JsonNode> items) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = WRITER.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      for (Iterator<Map.Entry<String, JsonNode>> f = head.fields(); f.hasNext(); ) {
        Map.Entry<String, JsonNode> e = f.next();
        g.writeFieldName(e.getKey());
        g.writeTree(e.getValue());
      }
      g.writeArrayFieldStart(name);
      while (items.hasNext()) g.writeTree(items.next());
      g.writeEndArray();
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    out.write('\n');
    return out.toByteArray();
  }

  static String write(JsonNode node) {
    try {
      return WRITER.writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
