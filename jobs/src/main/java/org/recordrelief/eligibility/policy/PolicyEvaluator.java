package org.recordrelief.eligibility.policy;

import java.util.Locale;
import java.util.Optional;
import org.recordrelief.doj.Tri;

/**
 * Evaluates a {@link Policy} for one count through a {@link PolicyView}, and compares the result
 * with the statutory baseline. Pure, deterministic, thread-safe; no Spark.
 */
public final class PolicyEvaluator {
  private PolicyEvaluator() {}

  /** Rule id reported when the fallback decides. */
  public static final String FALLBACK_RULE_ID = "fallback";

  /** Rule id reported when the scope check cannot be answered (PROJECT semantics). */
  public static final String SCOPE_RULE_ID = "scope";

  /** Reason prefix when an UNKNOWN answer stops a PROJECT policy. */
  public static final String INSUFFICIENT_DATA = "Insufficient data: ";

  /**
   * The policy's decision for the count the view describes. Does not check county or scope (see
   * {@link #appliesTo} and {@link #evaluateIfApplies}).
   *
   * <p>Rules are tried in ascending {@code order}; disabled rules and rules whose {@code
   * enabledBy} parameter is false or 0 are skipped. A rule holds when every clause holds; clauses
   * are asked left to right and the first FALSE ends the rule. The first rule that holds decides,
   * with its reason ({@code {section}} and {@code {rawSection}} from the view, {@code {n}} from
   * the rule). When no rule holds, the fallback decides.
   *
   * <p>UNKNOWN answers (a null answer counts as UNKNOWN): under PROJECT semantics, a rule none of
   * whose clauses is FALSE but one of which is UNKNOWN stops evaluation with HAND_REVIEW and
   * reason {@code Insufficient data: <predicate>} (the first unknown predicate, in call syntax);
   * under a gogen profile an UNKNOWN answer counts as false (before negation), as gogen treated
   * unknown values.
   */
  public static PolicyResult evaluate(Policy p, PolicyView v) {
    boolean gogen = p.semantics().isGogenProfile();
    for (Rule r : p.rules()) {
      if (!r.active()) {
        continue;
      }
      boolean holds = true;
      Clause firstUnknown = null;
      for (Clause c : r.when()) {
        Tri a = c.condition().ask(v);
        if (a == null || a == Tri.UNKNOWN) {
          if (gogen) {
            a = Tri.FALSE;
          } else {
            a = Tri.UNKNOWN;
          }
        }
        Tri answer = c.negated() ? a.not() : a;
        if (answer == Tri.FALSE) {
          holds = false;
          break;
        }
        if (answer == Tri.UNKNOWN && firstUnknown == null) {
          firstUnknown = c;
        }
      }
      if (!holds) {
        continue;
      }
      if (firstUnknown != null) {
        return new PolicyResult(
            p.id(),
            r.id(),
            PolicyDetermination.HAND_REVIEW,
            INSUFFICIENT_DATA + firstUnknown.condition().syntax());
      }
      return new PolicyResult(p.id(), r.id(), r.determination(), fill(r.reasonWithN(), v));
    }
    Fallback f = p.fallback();
    return new PolicyResult(p.id(), FALLBACK_RULE_ID, f.determination(), fill(f.reasonTemplate(), v));
  }

  /**
   * Whether the policy applies to the count: the county of conviction is the policy's county (a
   * statewide policy applies in every county), and the count is in scope ({@link
   * PolicyView#isProp64()}, or for PROP64_AND_RELATED also {@link PolicyView#relatedCharge()}).
   * FALSE for another county; otherwise the scope answer, which may be UNKNOWN.
   */
  public static Tri appliesTo(Policy p, PolicyView v) {
    if (!p.isStatewide()) {
      String county = v.county();
      if (county == null || !p.county().equals(county.strip().toUpperCase(Locale.ROOT))) {
        return Tri.FALSE;
      }
    }
    Tri prop64 = orUnknown(v.isProp64());
    if (p.scope() == Scope.PROP64_AND_RELATED) {
      return prop64.or(orUnknown(v.relatedCharge()));
    }
    return prop64;
  }

  /**
   * {@link #evaluate} when the policy applies to the count, empty when it does not. An UNKNOWN
   * scope answer gives HAND_REVIEW {@code Insufficient data: scope} under PROJECT semantics and
   * counts as "does not apply" under a gogen profile.
   */
  public static Optional<PolicyResult> evaluateIfApplies(Policy p, PolicyView v) {
    Tri a = appliesTo(p, v);
    if (a == Tri.TRUE) {
      return Optional.of(evaluate(p, v));
    }
    if (a == Tri.UNKNOWN && !p.semantics().isGogenProfile()) {
      return Optional.of(
          new PolicyResult(
              p.id(), SCOPE_RULE_ID, PolicyDetermination.HAND_REVIEW, INSUFFICIENT_DATA + "scope"));
    }
    return Optional.empty();
  }

  /**
   * Compares a policy result with the statutory outcome of the same count ({@code
   * policyVsBaseline}, {@code prop64-rules.md} §9.1), in the relief order dismissal &gt; reduction
   * &gt; not eligible: DISMISS_AND_SEAL ~ DISMISSAL, REDUCE_TO_MISDEMEANOR / REDUCE_TO_INFRACTION ~
   * REDUCTION (gogen's reduction does not distinguish them), NOT_ELIGIBLE ~ NOT_ELIGIBLE.
   *
   * <ul>
   *   <li>NOT_COMPARABLE: no result, determination NONE, CITY_ATTORNEY_REVIEW (a referral to
   *       another office), or a statutory outcome that is null or not one of the five names;
   *   <li>REVIEW: statutory NEEDS_REVIEW, or determination HAND_REVIEW or
   *       MAYBE_FLAG_FOR_REVIEW;
   *   <li>otherwise SAME, MORE_RELIEF or LESS_RELIEF by relief level.
   * </ul>
   */
  public static PolicyComparison policyVsBaseline(PolicyResult result, String statutoryOutcome) {
    if (result == null || result.determination() == null) {
      return PolicyComparison.NOT_COMPARABLE;
    }
    PolicyDetermination d = result.determination();
    if (d == PolicyDetermination.NONE || d == PolicyDetermination.CITY_ATTORNEY_REVIEW) {
      return PolicyComparison.NOT_COMPARABLE;
    }
    String s = statutoryOutcome == null ? "" : statutoryOutcome.strip().toUpperCase(Locale.ROOT);
    int statutory;
    switch (s) {
      case "DISMISS_AND_SEAL" -> statutory = 2;
      case "REDUCE_TO_MISDEMEANOR", "REDUCE_TO_INFRACTION" -> statutory = 1;
      case "NOT_ELIGIBLE" -> statutory = 0;
      case "NEEDS_REVIEW" -> {
        return PolicyComparison.REVIEW;
      }
      default -> {
        return PolicyComparison.NOT_COMPARABLE;
      }
    }
    int policy;
    switch (d) {
      case DISMISSAL -> policy = 2;
      case REDUCTION -> policy = 1;
      case NOT_ELIGIBLE -> policy = 0;
      default -> {
        return PolicyComparison.REVIEW; // HAND_REVIEW, MAYBE_FLAG_FOR_REVIEW
      }
    }
    return policy == statutory
        ? PolicyComparison.SAME
        : policy > statutory ? PolicyComparison.MORE_RELIEF : PolicyComparison.LESS_RELIEF;
  }

  private static String fill(String template, PolicyView v) {
    if (template.indexOf('{') < 0) {
      return template;
    }
    String out = template;
    if (out.contains("{section}")) {
      out = out.replace("{section}", nullToEmpty(v.sectionKey()));
    }
    if (out.contains("{rawSection}")) {
      out = out.replace("{rawSection}", nullToEmpty(v.rawSection()));
    }
    return out;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  private static Tri orUnknown(Tri t) {
    return t == null ? Tri.UNKNOWN : t;
  }
}
