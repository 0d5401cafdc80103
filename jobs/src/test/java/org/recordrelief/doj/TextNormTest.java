package org.recordrelief.doj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Derived values drop control characters (doj-input-format.md §9.2 CONTROL_CHARACTERS). */
class TextNormTest {
  @Test
  void controlCharactersAreDroppedFromDerivedValues() {
    assertEquals("YOLO", TextNorm.comparable("YO\u0000LO"));
    assertEquals("ABC", TextNorm.comparable("\u0000 ab\u0007c \u001B"));
    assertEquals("A B", TextNorm.comparable(" a \t\u0000 b "), "tabs still collapse to a space");
    assertEquals("NB3", TextNorm.valueOrNull("NB3\u0000"));
  }

  @Test
  void onlyControlCharactersIsBlank() {
    assertTrue(TextNorm.isBlank("\u0000\u0000"));
    assertTrue(TextNorm.isBlank(" \u0000NULL\u0000 "));
    assertFalse(TextNorm.isBlank("\u0000X"));
    assertEquals("", TextNorm.comparable(null));
  }

  @Test
  void trimKeepsControlCharacters() {
    assertEquals("\u0000X", TextNorm.trim(" \u0000X "), "trim is not a derived value");
  }
}
