package org.sourcebrief.text;

import java.util.List;

/**
 * Short credits for sources, the original producer first ("United Nations, via News report, Kabul
 * dateline"), and the line of them baked into images ("Source: …", "Sources: A; B").
 */
public final class Credits {
  private final Words words;

  public Credits(Words words) {
    this.words = words;
  }

  /** {@code via} is the publisher the source is known through, or null. */
  public String credit(String publisher, String via) {
    return via == null ? publisher : words.get("credit.via", publisher, via);
  }

  /** "Source: A" or "Sources: A; B" for credits already written. */
  public String sourceLine(List<String> credits) {
    return words.get("source-line", credits.size(), String.join("; ", credits));
  }
}
