package org.recordrelief.classify;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.size;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordrelief.config.IngestSettings;
import org.recordrelief.config.RuleSettings;
import org.recordrelief.doj.DojColumns;
import org.recordrelief.identity.BaselineResolution;
import org.recordrelief.ingest.RecordColumns;
import org.recordrelief.testing.DataFrameAssert;
import org.recordrelief.testing.DojLine;
import org.recordrelief.testing.SharedSpark;

/** The Spark stages on tiny in-code frames. */
@ExtendWith(SharedSpark.class)
class HistoryStageTest {

  private static Row record(int line, String subjectKey, DojLine l) {
    Object[] v = new Object[RecordColumns.PREFIX + DojColumns.COUNT];
    v[0] = "f.csv";
    v[1] = 0;
    v[2] = (long) line;
    v[3] = (long) line * 100;
    v[4] = "sha" + line;
    v[5] = "DATA";
    v[10] = false;
    v[11] = false;
    v[12] = subjectKey;
    System.arraycopy(l.fields(), 0, v, RecordColumns.PREFIX, DojColumns.COUNT);
    return RowFactory.create(v);
  }

  private static Dataset<Row> records(SparkSession spark, Row... rows) {
    return spark.createDataFrame(List.of(rows), RecordColumns.SCHEMA);
  }

  @Test
  void personsAndConvictionsFromValidRecords(SparkSession spark) {
    Dataset<Row> valid = records(spark,
        record(2, "A", DojLine.conviction("A", "101002001000", "11357(B) HS")
            .set("SENT_LENGTH", "1").set("SENT_TIME_CODE", "Y")),
        record(3, "A", DojLine.conviction("A", "101002001000", "11357(B) HS")
            .set("SENT_LENGTH", "3").set("SENT_TIME_CODE", "M")),
        record(4, "A", DojLine.conviction("A", "102002001000", "459 PC")
            .set("DISP_DESCR", "DISMISSED/CHARGE DROPPED")),
        record(5, "B", DojLine.conviction("B", "101002001000", "11359 HS")
            .set("STP_ORI_CNTY_NAME", "YOLO")));
    PersonClassifier classifier = new PersonClassifier("run-1", java.time.LocalDate.of(2025, 1, 1),
        "hash", new org.recordrelief.history.HistoryBuilder(RuleSettings.defaults(),
            IngestSettings.defaults()),
        org.recordrelief.eligibility.StatutorySettings.defaults(), java.util.Map.of(),
        CountyPolicies.load(List.of()));
    Dataset<Row> histories = HistoryStage.histories(BaselineResolution.assign(valid), classifier);

    StructType personShape = DataTypes.createStructType(List.of(
        DataTypes.createStructField("person_id", DataTypes.StringType, true),
        DataTypes.createStructField("row_count", DataTypes.LongType, true),
        DataTypes.createStructField("count_count", DataTypes.IntegerType, true),
        DataTypes.createStructField("conviction_count", DataTypes.IntegerType, true),
        DataTypes.createStructField("prop64_conviction_count", DataTypes.IntegerType, true)));
    Dataset<Row> expectedPersons = spark.createDataFrame(List.of(
        RowFactory.create("A", 3L, 2, 1, 1),
        RowFactory.create("B", 1L, 1, 1, 1)), personShape);
    Dataset<Row> persons = HistoryStage.persons(histories).select(
        "person_id", "row_count", "count_count", "conviction_count", "prop64_conviction_count");
    DataFrameAssert.assertSameRowsIgnoringOrder(
        spark.createDataFrame(expectedPersons.rdd(), persons.schema()), persons);

    Dataset<Row> convictions = HistoryStage.convictions(histories)
        .select(col("person_id"), col("code_section"), col("county_slug"),
            size(col("sentence_parts")).as("parts"), col("run_id"));
    Dataset<Row> determinations = HistoryStage.determinations(histories)
        .select(col("person_id"), col("section"), col("legal_outcome"), col("county_slug"));
    DataFrameAssert.assertSameRowsIgnoringOrder(spark.createDataFrame(List.of(
        RowFactory.create("A", "11357", "DISMISS_AND_SEAL", "los-angeles"),
        RowFactory.create("B", "11359", "REDUCE_TO_MISDEMEANOR", "yolo")),
        determinations.schema()), determinations);

    List<Row> expected = new ArrayList<>(List.of(
        RowFactory.create("A", "HS 11357(B)", "los-angeles", 2, "run-1"),
        RowFactory.create("B", "HS 11359", "yolo", 0, "run-1")));
    DataFrameAssert.assertSameRowsIgnoringOrder(
        spark.createDataFrame(expected, convictions.schema()), convictions);
  }

  @Test
  void slimKeepsProvenanceVerdictAndTheBuildersColumns(SparkSession spark) {
    Dataset<Row> slim = HistoryStage.slim(records(spark,
        record(2, "A", DojLine.conviction("A", "101002001000", "11357 HS"))));
    assertEquals(RecordColumns.PREFIX + HistoryStage.USED_COLUMNS.length,
        slim.schema().fields().length);
    assertEquals("11357 HS", slim.first().getAs("OFFENSE_DESCR"));
  }
}
