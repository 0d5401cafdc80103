package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The identity drift alert compares per-profile shares of the identity summary's figures. */
class IdentityDriftTest {
  private static Map<String, Object> identity(long profiles, long b4, long b10, long review,
      long tiny) {
    return Map.of("mode", "resolve", "model_hash", "ab12", "profiles", profiles,
        "candidate_pairs_by_rule", Map.of("B4_NAME_BIRTH_YEAR", b4, "B10_NAME_WITHOUT_DOB", b10),
        "review_queue", review, "shared_cii_suspects", tiny);
  }

  @Test
  void aLargerExtractIsNoDriftButAJumpingRuleIs() {
    Map<String, Object> before = identity(100_000, 28_000, 25_000, 2_000, 3);
    // twice the profiles, everything twice: no drift
    assertEquals(List.of(), IdentityDrift.compare(before,
        identity(200_000, 56_000, 50_000, 4_000, 6), 2.0, 50));
    // B10 pairs five times as many per profile, the review queue a third: both reported
    List<IdentityDrift.Drift> d = IdentityDrift.compare(before,
        identity(100_000, 28_500, 125_000, 650, 40), 2.0, 50);
    assertEquals(List.of("candidate_pairs_by_rule.B10_NAME_WITHOUT_DOB", "review_queue"),
        d.stream().map(IdentityDrift.Drift::figure).toList());
    assertEquals(25_000, d.get(0).previous());
    assertEquals(125_000, d.get(0).now());
    assertTrue(d.get(0).describe().startsWith(
        "candidate_pairs_by_rule.B10_NAME_WITHOUT_DOB 25000 -> 125000 (x5.0"), d.get(0).describe());
    assertTrue(d.get(1).ratio() < 0.5);
  }

  @Test
  void smallFiguresAndSubjectIdModeCompareNothing() {
    // shared_cii_suspects 3 -> 40: more than tenfold, but below the minimum count in both runs
    assertEquals(List.of(), IdentityDrift.compare(identity(100_000, 1, 1, 1, 3),
        identity(100_000, 1, 1, 1, 40), 2.0, 50));
    assertEquals(List.of(), IdentityDrift.compare(Map.of("mode", "subject-id"),
        identity(100_000, 28_000, 25_000, 2_000, 3), 2.0, 50));
  }
}
