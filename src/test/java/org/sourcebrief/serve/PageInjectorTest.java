package org.sourcebrief.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class PageInjectorTest {
  private static String inject(String page) {
    byte[] out = PageInjector.inject(page.getBytes(StandardCharsets.UTF_8), "[O]", "[S]");
    return new String(out, StandardCharsets.UTF_8);
  }

  @Test
  void overlayOpensTheBodyAndScriptClosesIt() {
    assertEquals(
        "<!DOCTYPE html><html><body class=\"x\">[O]<p>a</p>[S]</body></html>",
        inject("<!DOCTYPE html><html><body class=\"x\"><p>a</p></body></html>"));
  }

  @Test
  void tagsAreFoundInAnyCaseAndNotInLookalikes() {
    assertEquals(
        "<BODY>[O]<bodyguard></bodyguard>[S]</Body>",
        inject("<BODY><bodyguard></bodyguard></Body>"));
  }

  @Test
  void theLastClosingTagCountsEvenAfterTextThatChangesLengthWhenLowerCased() {
    assertEquals(
        "<body>[O]İstanbul </body> in text[S]</body>",
        inject("<body>İstanbul </body> in text</body>"));
  }

  @Test
  void aPageWithoutBodyTagsGetsBothAtTheEndNeverBeforeTheDoctype() {
    assertEquals("<!DOCTYPE html><p>x</p>[O][S]", inject("<!DOCTYPE html><p>x</p>"));
  }

  @Test
  void nonAsciiTextSurvives() {
    assertEquals(
        "<body>[O]د افغانستان 757,008[S]</body>", inject("<body>د افغانستان 757,008</body>"));
  }
}
