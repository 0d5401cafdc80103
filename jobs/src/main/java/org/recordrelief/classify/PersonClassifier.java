package org.recordrelief.classify;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.DisqualifierMatcher;
import org.recordrelief.eligibility.IdentityReview;
import org.recordrelief.eligibility.Outcome;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyEvaluator;
import org.recordrelief.eligibility.policy.PolicyResult;
import org.recordrelief.eligibility.policy.ProjectPolicyView;
import org.recordrelief.eligibility.policy.Semantics;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.eligibility.PersonHistory;
import org.recordrelief.eligibility.StatutoryEvaluator;
import org.recordrelief.eligibility.StatutorySettings;
import org.recordrelief.eligibility.SupplementaryFacts;
import org.recordrelief.history.DojRow;
import org.recordrelief.history.HistoryBuilder;
import org.recordrelief.history.SubjectHistory;

/**
 * Everything that happens to one person's rows, once per person on an executor: build the
 * history, evaluate every relevant count under the statute, and turn both into output rows.
 * Serializable so Spark ships it to executors; holds settings only, no data.
 */
public final class PersonClassifier implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String runId;
  private final LocalDate asOf;
  private final String configHash;
  private final HistoryBuilder builder;
  private final StatutorySettings statutory;
  private final Map<CountKey, SupplementaryFacts> facts;
  private final CountyPolicies policies;

  public PersonClassifier(String runId, LocalDate asOf, String configHash, HistoryBuilder builder,
      StatutorySettings statutory, Map<CountKey, SupplementaryFacts> facts,
      CountyPolicies policies) {
    this.policies = policies;
    this.runId = runId;
    this.asOf = asOf;
    this.configHash = configHash;
    this.builder = builder;
    this.statutory = statutory;
    this.facts = facts == null ? Map.of() : new HashMap<>(facts);
  }

  /**
   * The decisions of one person, with the history they were decided on.
   *
   * @param history the history built from the rows
   * @param determinations statutory determinations, count-key order
   * @param policies the county policy result per count key (absent: no PROJECT policy applies)
   */
  public record Classified(SubjectHistory history, List<Determination> determinations,
      Map<CountKey, PolicyResult> policies) {

    /** The policy outcome of a count, or null when no PROJECT policy applies. */
    String policyOutcome(CountKey key) {
      PolicyResult p = policies.get(key);
      return p == null ? null : p.determination().name();
    }
  }

  /** Pure: history, statutory determinations and county policy results of one person. */
  public Classified classify(String personId, List<DojRow> rows) {
    return classify(personId, rows, PersonIdentity.baseline());
  }

  /**
   * Pure: as {@link #classify(String, List)}, with the person's identity questions applied: a
   * count whose outcome changes under a possible merge becomes {@code NEEDS_REVIEW}
   * ({@link IdentityReview}) before the county policy sees it.
   */
  public Classified classify(String personId, List<DojRow> rows, PersonIdentity identity) {
    SubjectHistory h = builder.build(personId, rows);
    PersonHistory person = EligibilityFacts.of(h);
    List<Determination> dets = StatutoryEvaluator.evaluateAll(person, facts, asOf, statutory);
    if (!identity.sensitive().isEmpty()) {
      List<Determination> reviewed = new ArrayList<>(dets.size());
      for (Determination d : dets) {
        PersonIdentity.Sensitive q = identity.sensitive().get(d.countKey());
        reviewed.add(q == null ? d
            : IdentityReview.apply(d, q.alternatives(), q.possibleMatches()));
      }
      dets = reviewed;
    }
    Map<CountKey, PolicyResult> results = new HashMap<>();
    if (policies != null) {
      DisqualifierMatcher matcher = new DisqualifierMatcher(statutory);
      for (Determination d : dets) {
        ConvictionFacts count = person.conviction(d.countKey()).orElseThrow();
        Policy p = policies.forCounty(count.county());
        if (p.semantics() != Semantics.PROJECT) {
          continue; // gogen-profile presets answer only gogen views (used by --export gogen)
        }
        ProjectPolicyView view =
            new ProjectPolicyView(person, count, d, asOf, statutory, matcher);
        PolicyEvaluator.evaluateIfApplies(p, view).ifPresent(r -> results.put(d.countKey(), r));
      }
    }
    return new Classified(h, dets, results);
  }

  /** The output row of one person ({@link HistoryRows#HISTORY}). */
  public Row row(String personId, List<DojRow> rows) {
    return row(personId, rows, PersonIdentity.baseline());
  }

  /** The output row of one person, with identity status and questions applied. */
  public Row row(String personId, List<DojRow> rows, PersonIdentity identity) {
    Classified c = classify(personId, rows, identity);
    return HistoryRows.history(runId, asOf, configHash, c.history(), c.determinations(),
        c.policies(), identity);
  }

  /**
   * Counts of {@code separate} whose statutory or policy outcome differs in {@code merged} (the
   * same person's counts evaluated with a possible match's records added), with the outcome under
   * the merge. A count missing from {@code merged} counts as changed.
   */
  static Map<CountKey, Outcome> changedCounts(Classified separate, Classified merged) {
    Map<CountKey, Determination> after = new HashMap<>();
    for (Determination d : merged.determinations()) {
      after.put(d.countKey(), d);
    }
    Map<CountKey, Outcome> changed = new TreeMap<>();
    for (Determination d : separate.determinations()) {
      Determination m = after.get(d.countKey());
      if (m == null) {
        changed.put(d.countKey(), null);
      } else if (m.outcome() != d.outcome()
          || !Objects.equals(merged.policyOutcome(d.countKey()),
              separate.policyOutcome(d.countKey()))) {
        changed.put(d.countKey(), m.effectiveOutcome());
      }
    }
    return changed;
  }
}
