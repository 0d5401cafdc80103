package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A count whose outcome depends on an unresolved identity question
 * ({@code entity-resolution.md} §1.4, §7): evaluated once on the person's own records and once
 * with each REVIEW-band possible match merged in (and with all of them), the outcomes differ. Such
 * a count is never decided silently either way: it becomes {@code NEEDS_REVIEW} with flag
 * {@link Flag#IDENTITY_SENSITIVE}, and the candidate outcome is the most favourable of the
 * hypotheses (what the person gets if the reviewer finds in their favour).
 */
public final class IdentityReview {
  private IdentityReview() {}

  /** Reason code placed first among the count's reason codes. */
  public static final String REASON_CODE = "IDENTITY_SENSITIVE";

  /**
   * The determination to publish for an identity-sensitive count.
   *
   * @param separate the determination on the person's own records
   * @param alternatives outcomes of the same count under the merge hypotheses that changed it
   * @param possibleMatches the possible-match person ids whose merge changes the outcome
   */
  public static Determination apply(Determination separate, Collection<Outcome> alternatives,
      Collection<String> possibleMatches) {
    Objects.requireNonNull(separate, "separate");
    Outcome best = separate.effectiveOutcome();
    for (Outcome o : alternatives) {
      if (o != null && o != Outcome.NEEDS_REVIEW
          && (best == null || o.reliefRank() > best.reliefRank())) {
        best = o;
      }
    }
    EnumSet<Flag> flags = separate.flagSet();
    flags.add(Flag.IDENTITY_SENSITIVE);
    Track track = separate.track();
    if (track == null) {
      track = switch (separate.sentenceStatus()) {
        case SERVING -> Track.RESENTENCE_11361_8_A_D;
        case COMPLETED -> Track.REDESIGNATE_11361_8_E_H;
        case UNKNOWN -> Track.UNDETERMINED;
      };
      if (track == Track.UNDETERMINED) {
        flags.add(Flag.SENTENCE_UNKNOWN);
      }
    }
    List<String> codes = new ArrayList<>();
    codes.add(REASON_CODE);
    for (String c : separate.reasonCodes()) {
      if (!c.equals(REASON_CODE)) {
        codes.add(c);
      }
    }
    int n = new TreeSet<>(possibleMatches).size();
    String reason = "Needs identity review: the outcome changes if "
        + (n == 1 ? "the possible match" : "one of the " + n + " possible matches")
        + " (possible_match_person_ids) is the same person, which was not decided automatically."
        + " On this person's own records: " + separate.reason();
    return new Determination(separate.countKey(), separate.relevance(), Outcome.NEEDS_REVIEW,
        best, track, separate.ruleIds(), codes, separate.citation(), new TreeSet<>(flags), reason,
        separate.sentenceStatus());
  }
}
