package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.Objects;

/**
 * One entry of a rule's {@code when} list: a condition of the closed vocabulary, optionally
 * negated. Written {@code "convictedBeforeAge(21)"} or {@code "not allSentencesCompleted"}.
 *
 * @param condition the condition
 * @param negated whether the clause holds when the condition does not
 */
public record Clause(Condition condition, boolean negated) implements Serializable {

  public Clause {
    Objects.requireNonNull(condition, "condition");
  }

  /** A clause that holds when the condition holds. */
  public static Clause of(Condition c) {
    return new Clause(c, false);
  }

  /** A clause that holds when the condition does not hold. */
  public static Clause not(Condition c) {
    return new Clause(c, true);
  }

  /** Call syntax as it would be written in a policy file (literal values). */
  public String syntax() {
    return negated ? "not " + condition.syntax() : condition.syntax();
  }

  /** The clause as a phrase for reviewers. */
  public String phrase() {
    return negated ? condition.negatedPhrase() : condition.phrase();
  }
}
