package org.recordrelief.classify;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.recordrelief.eligibility.CountKey;
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

  public PersonClassifier(String runId, LocalDate asOf, String configHash, HistoryBuilder builder,
      StatutorySettings statutory, Map<CountKey, SupplementaryFacts> facts) {
    this.runId = runId;
    this.asOf = asOf;
    this.configHash = configHash;
    this.builder = builder;
    this.statutory = statutory;
    this.facts = facts == null ? Map.of() : new HashMap<>(facts);
  }

  /** The determinations of one person, with the history they were decided on. */
  public record Classified(SubjectHistory history, List<Determination> determinations) {}

  /** Pure: history and statutory determinations of one person. */
  public Classified classify(String personId, List<DojRow> rows) {
    SubjectHistory h = builder.build(personId, rows);
    PersonHistory facts = EligibilityFacts.of(h);
    List<Determination> d = StatutoryEvaluator.evaluateAll(facts, this.facts, asOf, statutory);
    return new Classified(h, d);
  }

  /** The output row of one person ({@link HistoryRows#HISTORY}). */
  public Row row(String personId, List<DojRow> rows) {
    Classified c = classify(personId, rows);
    return HistoryRows.history(runId, asOf, configHash, c.history(), c.determinations());
  }
}
