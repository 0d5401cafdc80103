package org.recordrelief.eligibility.policy;

/**
 * A county policy's decision on one count.
 *
 * @param policyId the policy (preset or county file) that decided
 * @param ruleId the rule that decided, or {@code fallback}
 * @param determination the decision
 * @param reason the rendered reason text (gogen-compatible wording in presets)
 */
public record PolicyResult(
    String policyId, String ruleId, PolicyDetermination determination, String reason) {}
