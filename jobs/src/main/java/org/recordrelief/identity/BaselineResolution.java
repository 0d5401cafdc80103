package org.recordrelief.identity;

import static org.apache.spark.sql.functions.col;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.recordrelief.classify.HistoryStage;
import org.recordrelief.ingest.RecordColumns;

/** One person per subject key: the DOJ's own grouping, and gogen's. */
public final class BaselineResolution {
  private BaselineResolution() {}

  /**
   * Adds {@code person_id} = the record's subject key (trimmed SUBJECT_ID, or {@code CII:<cii>}).
   * Input: valid records. Output: the same rows with one more column. No I/O.
   */
  public static Dataset<Row> assign(Dataset<Row> validRecords) {
    return validRecords.withColumn(HistoryStage.PERSON_ID, col(RecordColumns.SUBJECT_KEY));
  }
}
