package org.recordrelief.generate;

import java.io.Closeable;
import java.nio.file.Path;
import java.util.List;

/** The ground-truth CSV files under {@code truth/}, each with a header line. */
final class TruthWriter implements Closeable {

  /**
   * Columns of {@code truth/rows.csv}: one line per written DOJ data row. {@code subject_id} is the
   * true person's own SUBJECT_ID; {@code identity_snapshot} (0 = the true identity), {@code
   * written_subject_id} and {@code written_cii} say which identity the row was written under
   * (before any row defect).
   */
  static final List<String> ROW_COLUMNS =
      List.of(
          "file",
          "line_number",
          "subject_id",
          "cnt_order",
          "truth_person_id",
          "row_kind",
          "defect",
          "defect_detail",
          "expected_reason",
          "expected_issue",
          "identity_snapshot",
          "written_subject_id",
          "written_cii");

  /**
   * Columns of {@code truth/convictions.csv}: one line per convicted count with a kept row. The
   * last four are the statutory determination the engine gives the count on the generator's own
   * facts at the extract date ({@link ExpectedOutcomes}): outcome, candidate outcome (with
   * NEEDS_REVIEW), track and deciding rule id; all four blank when the count gets no row.
   */
  static final List<String> CONVICTION_COLUMNS =
      List.of(
          "subject_id",
          "cnt_order",
          "truth_person_id",
          "offense_source",
          "expected_code",
          "expected_section",
          "expected_subdivisions",
          "attempt",
          "is_prop64",
          "level",
          "conviction_date",
          "offense_date",
          "county_slug",
          "sentence_parts",
          "code_label",
          "expected_attached",
          "offense_category",
          "juvenile_court",
          "quarantined_parts",
          "file",
          "line_number",
          "expected_legal_outcome",
          "expected_candidate_outcome",
          "expected_track",
          "expected_rule_id");

  /** Columns of {@code truth/persons.csv}: one line per true person. */
  static final List<String> PERSON_COLUMNS =
      List.of(
          "truth_person_id",
          "subject_id",
          "cii",
          "dob",
          "sex",
          "row_count",
          "conviction_count",
          "is_deceased",
          "name",
          "race_descr",
          "home_county_slug",
          "identity_snapshots");

  /**
   * Columns of {@code truth/identity_corruptions.csv}: one line per change made to a written row's
   * identity ({@link CorruptingIdentity}); snapshot 0 is the true identity (one-off row errors).
   */
  static final List<String> CORRUPTION_COLUMNS =
      List.of(
          "file", "line_number", "truth_person_id", "snapshot", "operator", "field", "before",
          "after");

  /**
   * Columns of {@code truth/adversarial_pairs.csv}: two distinct true persons built to look alike
   * ({@link PopulationTraps}), which must stay unmerged; {@code adversarial} is true for the
   * appended adversarial set, false for the population traps.
   */
  static final List<String> PAIR_COLUMNS =
      List.of("truth_person_id_a", "truth_person_id_b", "trap_kind", "adversarial");

  final CsvOut rows;
  final CsvOut convictions;
  final CsvOut persons;
  final CsvOut corruptions;
  private final CsvOut pairs;
  private long pairCount;

  TruthWriter(Path dir, GeneratorSettings s) {
    rows = s.writeRowTruth() ? open(dir.resolve("rows.csv"), s, ROW_COLUMNS) : null;
    convictions = open(dir.resolve("convictions.csv"), s, CONVICTION_COLUMNS);
    persons = open(dir.resolve("persons.csv"), s, PERSON_COLUMNS);
    corruptions = open(dir.resolve("identity_corruptions.csv"), s, CORRUPTION_COLUMNS);
    pairs = open(dir.resolve("adversarial_pairs.csv"), s, PAIR_COLUMNS);
  }

  /** One pair of look-alike distinct persons. */
  void pair(String personA, String personB, String kind, boolean adversarial) {
    pairs.field(personA).field(personB).field(kind).field(adversarial);
    pairs.endLine();
    pairCount++;
  }

  long pairCount() {
    return pairCount;
  }

  private static CsvOut open(Path file, GeneratorSettings s, List<String> columns) {
    CsvOut out = new CsvOut(file, s.lineEnding());
    for (String c : columns) {
      out.field(c);
    }
    out.endLine();
    return out;
  }

  @Override
  public void close() {
    try {
      if (rows != null) {
        rows.close();
      }
      convictions.close();
      corruptions.close();
      pairs.close();
    } finally {
      persons.close();
    }
  }
}
