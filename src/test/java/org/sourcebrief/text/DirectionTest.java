package org.sourcebrief.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class DirectionTest {

  @Test
  void arabicScriptLanguagesRunRightToLeft() {
    for (String tag : new String[] {"fa", "fa-AF", "ps-AF", "ur-PK", "ar", "he", "prs", "UR"}) {
      assertTrue(Direction.isRightToLeft(tag), tag);
      assertTrue(Direction.isRightToLeft(Locale.forLanguageTag(tag)), tag);
    }
  }

  @Test
  void otherLanguagesRunLeftToRight() {
    for (String tag : new String[] {"en", "en-US", "de", "tr-TR", "fr", "", "far"}) {
      assertFalse(Direction.isRightToLeft(tag), tag);
    }
    assertFalse(Direction.isRightToLeft(Locale.ROOT));
    assertFalse(Direction.isRightToLeft((Locale) null));
    assertFalse(Direction.isRightToLeft((String) null));
  }
}
