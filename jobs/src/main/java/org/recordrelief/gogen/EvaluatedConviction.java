package org.recordrelief.gogen;

import org.recordrelief.eligibility.policy.PolicyDetermination;
import org.recordrelief.eligibility.policy.PolicyResult;

/**
 * An evaluated conviction: the view the policy was asked through and the policy's answer.
 *
 * @param view gogen-semantics view of the conviction (its row, subject and facts)
 * @param result the decision; never null (a null answer of the decision function is recorded
 *     as {@code NONE} with an empty reason)
 */
public record EvaluatedConviction(GogenPolicyView view, PolicyResult result) {

  public GogenConviction conviction() {
    return view.conviction();
  }

  public GogenSubject subject() {
    return view.subject();
  }

  public PolicyDetermination determination() {
    return result.determination();
  }

  public String reason() {
    return result.reason() == null ? "" : result.reason();
  }
}
