package org.recordrelief.classify;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.DisqualifierMatcher;
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
      Map<CountKey, PolicyResult> policies) {}

  /** Pure: history, statutory determinations and county policy results of one person. */
  public Classified classify(String personId, List<DojRow> rows) {
    SubjectHistory h = builder.build(personId, rows);
    PersonHistory person = EligibilityFacts.of(h);
    List<Determination> dets = StatutoryEvaluator.evaluateAll(person, facts, asOf, statutory);
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
    Classified c = classify(personId, rows);
    return HistoryRows.history(runId, asOf, configHash, c.history(), c.determinations(),
        c.policies());
  }
}
