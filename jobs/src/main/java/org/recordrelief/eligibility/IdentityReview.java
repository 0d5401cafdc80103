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
 * with each REVIEW-band possible match merged in (and with all of them), or without a shared
 * CII's rows that its core does not vouch for, the outcomes differ. Such
 * a count is never decided silently either way: it becomes {@code NEEDS_REVIEW} with flag
 * {@link Flag#IDENTITY_SENSITIVE}, and the candidate outcome is the most favourable of the
 * hypotheses (what the person gets if the reviewer finds in their favour).
 */
public final class IdentityReview {
  private IdentityReview() {}

  /**
   * Whether a possible-match id names a shared-CII question (the CII profile {@code C:<cii>})
   * rather than a person (a person id is a SUBJECT_ID or {@code CII:<cii>}).
   */
  public static boolean isSharedCii(String id) {
    return id.startsWith("C:");
  }

  /** Reason code placed first among the count's reason codes. */
  public static final String REASON_CODE = "IDENTITY_SENSITIVE";

  /**
   * The determination to publish for an identity-sensitive count.
   *
   * @param separate the determination on the person's own records
   * @param alternatives outcomes of the same count under the merge hypotheses that changed it
   * @param possibleMatches the possible-match person ids whose merge changes the outcome, and
   *     the CII profiles ({@code C:<cii>}) whose untied rows change it
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
    TreeSet<String> ids = new TreeSet<>(possibleMatches);
    long ciis = ids.stream().filter(IdentityReview::isSharedCii).count();
    long n = ids.size() - ciis;
    List<String> ifs = new ArrayList<>();
    if (n > 0) {
      ifs.add((n == 1 ? "the possible match" : "one of the " + n + " possible matches")
          + " is the same person");
    }
    if (ciis > 0) {
      ifs.add("rows under " + (ciis == 1 ? "the CII" : "one of the " + ciis + " CIIs")
          + " that its main subject's rows do not vouch for are another person's");
    }
    String reason = "Needs identity review: the outcome changes if " + String.join(", or if ", ifs)
        + " (possible_match_person_ids), which was not decided automatically."
        + " On this person's own records: " + separate.reason();
    return new Determination(separate.countKey(), separate.relevance(), Outcome.NEEDS_REVIEW,
        best, track, separate.ruleIds(), codes, separate.citation(), new TreeSet<>(flags), reason,
        separate.sentenceStatus());
  }
}
