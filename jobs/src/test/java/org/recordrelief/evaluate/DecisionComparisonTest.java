package org.recordrelief.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DecisionComparisonTest {

  @Test
  void reliefOrderDecidesGrantedAndDenied() {
    assertEquals("AGREE", DecisionComparison.category("DISMISS_AND_SEAL", "DISMISS_AND_SEAL"));
    assertEquals("WRONGLY_GRANTED", DecisionComparison.category("NOT_ELIGIBLE", "REDUCE_TO_MISDEMEANOR"));
    assertEquals("WRONGLY_GRANTED", DecisionComparison.category("REDUCE_TO_INFRACTION", "DISMISS_AND_SEAL"));
    assertEquals("WRONGLY_DENIED", DecisionComparison.category("DISMISS_AND_SEAL", "REDUCE_TO_INFRACTION"));
    assertEquals("WRONGLY_DENIED", DecisionComparison.category("REDUCE_TO_MISDEMEANOR", "NOT_ELIGIBLE"));
  }

  @Test
  void reviewIsApart() {
    assertEquals("ROUTED_TO_REVIEW", DecisionComparison.category("NOT_ELIGIBLE", "NEEDS_REVIEW"));
    assertEquals("MISSED_REVIEW", DecisionComparison.category("NEEDS_REVIEW", "DISMISS_AND_SEAL"));
    assertEquals("AGREE", DecisionComparison.category("NEEDS_REVIEW", "NEEDS_REVIEW"));
    assertEquals("NO_DETERMINATION", DecisionComparison.category("NEEDS_REVIEW", null));
    assertThrows(IllegalArgumentException.class, () -> DecisionComparison.category("X", "NOT_ELIGIBLE"));
  }

  @Test
  void trackDifferencesOnlyForAgreeingRelief() {
    assertTrue(DecisionComparison.trackDiffers("DISMISS_AND_SEAL", "DISMISS_AND_SEAL",
        "REDESIGNATE_11361_8_E_H", "RESENTENCE_11361_8_A_D"));
    assertFalse(DecisionComparison.trackDiffers("DISMISS_AND_SEAL", "REDUCE_TO_INFRACTION",
        "REDESIGNATE_11361_8_E_H", "RESENTENCE_11361_8_A_D"));
    assertFalse(DecisionComparison.trackDiffers("NOT_ELIGIBLE", "NOT_ELIGIBLE", null, ""));
  }
}
