package org.recordrelief.identity;

import java.util.List;
import org.recordrelief.classify.HistoryStage;
import org.recordrelief.doj.DojColumns;

/** Column names and values the identity stage adds to records, in one place. */
public final class IdentityColumns {
  private IdentityColumns() {}

  /** The resolved person (same name the history stage groups by). */
  public static final String PERSON_ID = HistoryStage.PERSON_ID;
  /** The row's profile: {@code C:<cii>} or {@code S:<subject key>}. */
  public static final String PROFILE_ID = "profile_id";
  /**
   * On a row of a subject key its CII's core does not vouch for (possibly a second person's rows
   * under the CII; {@code IdentityResolution.coreView}): that CII's profile id, else null.
   * Identity-sensitive decisions ask whether the person's counts change without those rows.
   */
  public static final String SHARED_CII_QUESTION =
      org.recordrelief.classify.IdentitySensitivity.SHARED_CII_QUESTION;
  /** SUBJECT_ID_ONLY, CII_ONLY or MERGED. */
  public static final String IDENTITY_STATUS = "identity_status";

  /** Mode subject-id: one person per DOJ SUBJECT_ID (no resolution). */
  public static final String SUBJECT_ID_ONLY = "SUBJECT_ID_ONLY";
  /** The person is one profile (one CII, or one orphan SUBJECT_ID). */
  public static final String CII_ONLY = "CII_ONLY";
  /** The person spans several profiles (merged across CIIs or SUBJECT_IDs). */
  public static final String MERGED = "MERGED";

  /** Edge decisions. */
  public static final String MERGE = "MERGE";
  public static final String REVIEW = "REVIEW";
  public static final String POSSIBLE = "POSSIBLE";
  public static final String NO_MERGE = "NO_MERGE";

  /** The deterministic must-link between profiles sharing a SUBJECT_ID. */
  public static final String DET_SUBJECT_ID = "DET_SUBJECT_ID";

  /** DOJ columns the identity stage reads beyond those the history stage keeps. */
  public static final List<String> EXTRA_DOJ_COLUMNS = List.of(
      DojColumns.NAMES.get(DojColumns.REQ_CII_NUMBER), DojColumns.NAMES.get(DojColumns.REQ_NAME),
      DojColumns.NAMES.get(DojColumns.REQ_DOB), DojColumns.NAMES.get(DojColumns.REQ_CDL),
      DojColumns.NAMES.get(DojColumns.REQ_SSN), DojColumns.NAMES.get(DojColumns.PRI_SSN),
      DojColumns.NAMES.get(DojColumns.PRI_CDL), DojColumns.NAMES.get(DojColumns.FBI_NUMBER));

  /** Audit table names (each written to {@code DIR/identity/<table>/}). */
  public static final List<String> AUDIT_TABLES = List.of("profiles", "candidate_pairs", "edges",
      "clusters", "review_queue", "model", "blocking_stats", "row_assignments",
      "possible_matches", "decisions");
}
