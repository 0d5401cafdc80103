package org.recordrelief.classify;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.Outcome;

/**
 * What identity resolution says about one person, as the classifier needs it.
 *
 * @param status {@code SUBJECT_ID_ONLY} (resolution off), {@code CII_ONLY} or {@code MERGED}
 * @param possibleMatches REVIEW-band possible-match person ids, sorted (empty when none)
 * @param sensitive the counts whose outcome changes under a possible merge
 */
public record PersonIdentity(String status, List<String> possibleMatches,
    Map<CountKey, Sensitive> sensitive) implements Serializable {

  /** Status of every count when identity resolution is off. */
  public static final String SUBJECT_ID_ONLY = "SUBJECT_ID_ONLY";
  /** Status of an identity-sensitive count. */
  public static final String NEEDS_IDENTITY_REVIEW = "NEEDS_IDENTITY_REVIEW";

  public PersonIdentity {
    possibleMatches = List.copyOf(possibleMatches);
    sensitive = Map.copyOf(sensitive);
  }

  /** One person per SUBJECT_ID, no identity questions. */
  public static PersonIdentity baseline() {
    return new PersonIdentity(SUBJECT_ID_ONLY, List.of(), Map.of());
  }

  /** The identity status published for a count. */
  public String statusOf(CountKey key) {
    return sensitive.containsKey(key) ? NEEDS_IDENTITY_REVIEW : status;
  }

  /**
   * An identity-sensitive count.
   *
   * @param possibleMatches the possible matches whose merge changes the outcome
   * @param alternatives the count's outcomes under those merges
   */
  public record Sensitive(Set<String> possibleMatches, Set<Outcome> alternatives)
      implements Serializable {
    public Sensitive {
      possibleMatches = Set.copyOf(possibleMatches);
      alternatives = Set.copyOf(alternatives);
    }
  }
}
