package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** An identity-sensitive count is published as a review with the favourable candidate. */
class IdentityReviewTest {
  private static final CountKey KEY = new CountKey("S1", "101002001000");

  private static Determination det(Outcome o, Outcome candidate, Track t, SentenceStatus s) {
    return new Determination(KEY, Relevance.PROP64, o, candidate, t, List.of("P-5"),
        List.of("P-5"), "HS 11361.8", new TreeSet<>(Set.of(Flag.RISK_REVIEW)), "Reduces.", s);
  }

  @Test
  void reliefOnOwnRecordsDeniedUnderTheMergeBecomesReviewWithTheReliefAsCandidate() {
    Determination own = det(Outcome.REDUCE_TO_MISDEMEANOR, null,
        Track.REDESIGNATE_11361_8_E_H, SentenceStatus.COMPLETED);
    Determination r = IdentityReview.apply(own, Set.of(Outcome.NOT_ELIGIBLE), Set.of("P2"));
    assertEquals(Outcome.NEEDS_REVIEW, r.outcome());
    assertEquals(Outcome.REDUCE_TO_MISDEMEANOR, r.candidateOutcome());
    assertEquals(Track.REDESIGNATE_11361_8_E_H, r.track());
    assertEquals("IDENTITY_SENSITIVE", r.reasonCodes().get(0));
    assertEquals("P-5", r.decisiveRuleId(), "the statutory rule stays the decisive rule");
    assertTrue(r.flags().containsAll(Set.of(Flag.IDENTITY_SENSITIVE, Flag.RISK_REVIEW)));
    assertTrue(r.reason().startsWith("Needs identity review"));
    assertFalse(r.reason().contains("P2"), "ids are in possible_match_person_ids, not prose");
  }

  @Test
  void theReasonSaysWhichQuestionChangesTheOutcome() {
    Determination own = det(Outcome.REDUCE_TO_MISDEMEANOR, null,
        Track.REDESIGNATE_11361_8_E_H, SentenceStatus.COMPLETED);
    String both = IdentityReview.apply(own, Set.of(Outcome.NOT_ELIGIBLE),
        Set.of("P2", "C:1234567890")).reason();
    assertTrue(both.contains("the possible match is the same person, or if rows under the CII"),
        both);
    String cii = IdentityReview.apply(own, Set.of(Outcome.NOT_ELIGIBLE),
        Set.of("C:1234567890", "C:2234567890")).reason();
    assertTrue(cii.contains("if rows under one of the 2 CIIs that its main subject's rows")
        && !cii.contains("possible match"), cii);
    assertTrue(IdentityReview.isSharedCii("C:1234567890"));
    assertFalse(IdentityReview.isSharedCii("CII:1234567890"), "a person id, not a question");
  }

  @Test
  void deniedOnOwnRecordsButReliefUnderTheMergeGetsTheMergedReliefAsCandidateAndATrack() {
    Determination own = new Determination(KEY, Relevance.PROP64, Outcome.NOT_ELIGIBLE, null, null,
        List.of("G4"), List.of("G4"), "", new TreeSet<>(), "Not eligible.",
        SentenceStatus.UNKNOWN);
    Determination r = IdentityReview.apply(own, Set.of(Outcome.DISMISS_AND_SEAL), Set.of("P2"));
    assertEquals(Outcome.NEEDS_REVIEW, r.outcome());
    assertEquals(Outcome.DISMISS_AND_SEAL, r.candidateOutcome());
    assertEquals(Track.UNDETERMINED, r.track());
    assertTrue(r.flags().contains(Flag.SENTENCE_UNKNOWN));
  }

  @Test
  void anOpenReviewKeepsItsCandidateUnlessAMergeIsMoreFavourable() {
    Determination own = det(Outcome.NEEDS_REVIEW, Outcome.REDUCE_TO_INFRACTION,
        Track.RESENTENCE_11361_8_A_D, SentenceStatus.SERVING);
    assertEquals(Outcome.REDUCE_TO_INFRACTION, IdentityReview.apply(own,
        Set.of(Outcome.NOT_ELIGIBLE, Outcome.NEEDS_REVIEW), Set.of("P2")).candidateOutcome());
    assertEquals(Outcome.DISMISS_AND_SEAL, IdentityReview.apply(own,
        Set.of(Outcome.DISMISS_AND_SEAL), Set.of("P2")).candidateOutcome());
  }
}
