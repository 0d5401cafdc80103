package org.recordrelief.classify;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.Outcome;
import org.recordrelief.history.DojRow;
import org.recordrelief.ingest.RecordColumns;

/** Spark stage functions from valid records to person histories, persons and convictions. */
public final class HistoryStage {
  private HistoryStage() {}

  /** Name of the person key column added by identity resolution. */
  public static final String PERSON_ID = "person_id";

  /** The DOJ columns the history builder reads; the others are not shuffled. */
  public static final int[] USED_COLUMNS = {
    DojColumns.SUBJECT_ID, DojColumns.CII_NUMBER, DojColumns.PRI_NAME, DojColumns.GENDER,
    DojColumns.PRI_DOB, DojColumns.RACE_DESCR, DojColumns.CYC_ORDER, DojColumns.CYC_DATE,
    DojColumns.STP_ORDER, DojColumns.STP_EVENT_DATE, DojColumns.STP_TYPE_DESCR,
    DojColumns.STP_ORI_TYPE_DESCR, DojColumns.STP_ORI_DESCR, DojColumns.STP_ORI_CNTY_NAME,
    DojColumns.CNT_ORDER, DojColumns.DISP_DATE, DojColumns.OFN, DojColumns.OFFENSE_DESCR,
    DojColumns.OFFENSE_TOC, DojColumns.DISP_OFFENSE_DESCR, DojColumns.CONV_OFFENSE_CODE,
    DojColumns.CONV_OFFENSE_DESCR, DojColumns.CONV_OFFENSE_TOC, DojColumns.DISP_DESCR,
    DojColumns.CONV_STAT_DESCR, DojColumns.SENT_ORDER, DojColumns.SENT_LOC_DESCR,
    DojColumns.SENT_LENGTH, DojColumns.SENT_TIME_CODE, DojColumns.CYC_AGE, DojColumns.COMMENT_TEXT
  };

  /**
   * The records columns the pipeline needs after reading: provenance, verdict, subject key and
   * the DOJ columns the history builder reads. Input and output: the records dataset. No I/O.
   */
  public static Dataset<Row> slim(Dataset<Row> records) {
    List<Column> cols = new ArrayList<>();
    for (int i = 0; i < RecordColumns.PREFIX; i++) {
      cols.add(col(RecordColumns.SCHEMA.fields()[i].name()));
    }
    for (int c : USED_COLUMNS) {
      cols.add(col(DojColumns.NAMES.get(c)));
    }
    return records.select(cols.toArray(new Column[0]));
  }

  /** Person-level identity status column of resolved records (absent: SUBJECT_ID_ONLY). */
  public static final String IDENTITY_STATUS = "identity_status";

  /**
   * The columns the history builder reads, person id first ({@link #toDojRow} reads them by
   * position), plus the identity status. Input: valid records with {@code person_id}. No I/O.
   */
  public static Dataset<Row> historyInput(Dataset<Row> validRecords) {
    return historyInput(validRecords, new Column[0]);
  }

  /** As above, with {@code extra} columns after the ones {@link #toDojRow} reads. */
  static Dataset<Row> historyInput(Dataset<Row> validRecords, Column... extra) {
    List<Column> cols = new ArrayList<>();
    cols.add(col(PERSON_ID));
    cols.add(col(RecordColumns.SOURCE_FILE));
    cols.add(col(RecordColumns.SOURCE_FILE_ORDINAL));
    cols.add(col(RecordColumns.LINE_NUMBER));
    cols.add(col(RecordColumns.RECORD_SHA256));
    cols.add(col(RecordColumns.ISSUES));
    for (int c : USED_COLUMNS) {
      cols.add(col(DojColumns.NAMES.get(c)));
    }
    boolean resolved = List.of(validRecords.columns()).contains(IDENTITY_STATUS);
    cols.add(resolved ? col(IDENTITY_STATUS)
        : lit(PersonIdentity.SUBJECT_ID_ONLY).as(IDENTITY_STATUS));
    cols.addAll(List.of(extra));
    return validRecords.select(cols.toArray(new Column[0]));
  }

  /**
   * Person histories: one row per person ({@link HistoryRows#HISTORY}), built from every valid
   * record of the person, one person per subject key. Input: valid records with a
   * {@code person_id} column. No I/O.
   */
  public static Dataset<Row> histories(Dataset<Row> validRecords, PersonClassifier classifier) {
    return histories(validRecords, null, classifier);
  }

  /**
   * Person histories with identity questions applied. Input: valid records with
   * {@code person_id} (and {@code identity_status} from the resolver), and
   * {@link IdentitySensitivity#personIdentity} (null: no possible matches). No I/O.
   */
  public static Dataset<Row> histories(Dataset<Row> validRecords, Dataset<Row> personIdentity,
      PersonClassifier classifier) {
    Dataset<Row> in = historyInput(validRecords);
    if (personIdentity != null) {
      in = in.join(personIdentity, new String[] {PERSON_ID}, "left");
    } else {
      in = in.withColumn("possible_person_ids", lit(null).cast("array<string>"))
          .withColumn("sensitive", lit(null).cast(
              "array<struct<subject_key:string,count_order:string,ids:array<string>,"
                  + "alternatives:array<string>>>"));
    }
    int statusAt = in.schema().fieldIndex(IDENTITY_STATUS);
    int possibleAt = in.schema().fieldIndex("possible_person_ids");
    int sensitiveAt = in.schema().fieldIndex("sensitive");
    FlatMapGroupsFunction<String, Row, Row> perPerson =
        (String personId, Iterator<Row> rows) -> {
          List<DojRow> list = new ArrayList<>();
          PersonIdentity identity = null;
          while (rows.hasNext()) {
            Row r = rows.next();
            if (identity == null) {
              identity = identityOf(r, statusAt, possibleAt, sensitiveAt);
            }
            list.add(toDojRow(r));
          }
          return List.of(classifier.row(personId, list, identity)).iterator();
        };
    return in.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
        .flatMapGroups(perPerson, Encoders.row(HistoryRows.HISTORY));
  }

  static PersonIdentity identityOf(Row r, int statusAt, int possibleAt, int sensitiveAt) {
    String status = r.isNullAt(statusAt) ? PersonIdentity.SUBJECT_ID_ONLY : r.getString(statusAt);
    List<String> possible = r.isNullAt(possibleAt) ? List.of() : r.getList(possibleAt);
    Map<CountKey, PersonIdentity.Sensitive> sensitive = new HashMap<>();
    if (!r.isNullAt(sensitiveAt)) {
      for (Row s : r.<Row>getList(sensitiveAt)) {
        Set<Outcome> alternatives = EnumSet.noneOf(Outcome.class);
        for (Object o : s.getList(3)) {
          if (o != null) {
            alternatives.add(Outcome.valueOf((String) o));
          }
        }
        sensitive.put(new CountKey(s.getString(0), s.getString(1)),
            new PersonIdentity.Sensitive(new HashSet<>(s.<String>getList(2)), alternatives));
      }
    }
    return new PersonIdentity(status, possible, sensitive);
  }

  static DojRow toDojRow(Row r) {
    String[] fields = new String[DojColumns.COUNT];
    for (int i = 0; i < USED_COLUMNS.length; i++) {
      fields[USED_COLUMNS[i]] = r.getString(6 + i);
    }
    List<String> issues = r.isNullAt(5) ? List.of() : r.getList(5);
    return new DojRow(r.getString(1), r.getInt(2), r.getLong(3), r.getString(4), fields, issues);
  }

  /** Persons ({@code schemas/person.avsc}) from histories. */
  public static Dataset<Row> persons(Dataset<Row> histories) {
    return histories.select(col("person.*"));
  }

  /** Determinations ({@code schemas/determination.avsc}), one row per relevant convicted count. */
  public static Dataset<Row> determinations(Dataset<Row> histories) {
    return histories.select(explode(col("determinations")).as("d")).select(col("d.*"));
  }

  /** Convictions ({@code schemas/conviction.avsc}) from histories, one row per convicted count. */
  public static Dataset<Row> convictions(Dataset<Row> histories) {
    return histories.select(explode(col("convictions")).as("c")).select(col("c.*"));
  }
}
