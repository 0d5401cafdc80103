package org.recordrelief.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.recordrelief.testing.SharedSpark;

/** The change join on hand-made determinations. */
@ExtendWith(SharedSpark.class)
class ChangeReportTest {
  private static final StructType DETERMINATIONS = new StructType()
      .add("county_slug", DataTypes.StringType, false)
      .add("person_id", DataTypes.StringType, false)
      .add("subject_id", DataTypes.StringType)
      .add("case_number", DataTypes.StringType)
      .add("count_key", DataTypes.StringType, false)
      .add("code_section", DataTypes.StringType)
      .add("legal_outcome", DataTypes.StringType, false)
      .add("policy_outcome", DataTypes.StringType)
      .add("track", DataTypes.StringType)
      .add("flags", DataTypes.createArrayType(DataTypes.StringType), false)
      .add("legal_rule_id", DataTypes.StringType, false)
      .add("reason", DataTypes.StringType, false)
      .add("policy_reason", DataTypes.StringType)
      .add("run_id", DataTypes.StringType, false);

  private static Row det(String county, String person, String key, String outcome,
      String track, List<String> flags, String run) {
    return RowFactory.create(county, person, person, "CASE-" + person, key, "HS 11359",
        outcome, null, track, flags.toArray(new String[0]), "P-1", "because " + outcome, null,
        run);
  }

  private static Dataset<Row> df(SparkSession spark, List<Row> rows) {
    return spark.createDataFrame(rows, DETERMINATIONS);
  }

  @Test
  void newChangedWithdrawnAndUnchangedPerCounty(SparkSession spark) {
    List<Row> previous = new ArrayList<>(List.of(
        det("alameda", "p1", "k1", "DISMISS_AND_SEAL", "T", List.of(), "r1"),
        det("alameda", "p2", "k1", "NEEDS_REVIEW", "T", List.of("A"), "r1"),
        det("alameda", "p3", "k1", "NOT_ELIGIBLE", null, List.of(), "r1"),
        det("yolo", "p4", "k9", "DISMISS_AND_SEAL", "T", List.of(), "r1"),
        det("yolo", "p5", "k1", "DISMISS_AND_SEAL", "T", List.of(), "r1")));
    List<Row> next = new ArrayList<>(List.of(
        det("alameda", "p1", "k1", "DISMISS_AND_SEAL", "T", List.of(), "r2"),
        det("alameda", "p2", "k1", "NEEDS_REVIEW", "T", List.of("A", "B"), "r2"),
        det("alameda", "p3", "k1", "REDUCE_TO_MISDEMEANOR", "T", List.of(), "r2"),
        det("alameda", "p5", "k1", "DISMISS_AND_SEAL", "T", List.of(), "r2"),
        det("alameda", "p6", "k1", "DISMISS_AND_SEAL", "T", List.of(), "r2")));

    // The previous run was made by a version without policy_outcome: compared as null.
    Map<String, String> got = new TreeMap<>();
    for (Row r : ChangeReport.changes(df(spark, previous).drop("policy_outcome"),
            df(spark, next))
        .select("county_slug", "person_id", "change", "changed_fields",
            "previous_legal_outcome", "legal_outcome", "previous_flags", "flags", "reason",
            "run_id", "previous_run_id")
        .collectAsList()) {
      got.put(r.getString(0) + "/" + r.getString(1), r.mkString("|"));
    }

    assertEquals(Map.of(
        "alameda/p1", "alameda|p1|UNCHANGED||DISMISS_AND_SEAL|DISMISS_AND_SEAL|||"
            + "because DISMISS_AND_SEAL|r2|r1",
        "alameda/p2", "alameda|p2|CHANGED|flags|NEEDS_REVIEW|NEEDS_REVIEW|A|A;B|"
            + "because NEEDS_REVIEW|r2|r1",
        "alameda/p3", "alameda|p3|CHANGED|legal_outcome;track|NOT_ELIGIBLE|"
            + "REDUCE_TO_MISDEMEANOR|||because REDUCE_TO_MISDEMEANOR|r2|r1",
        "alameda/p5", "alameda|p5|NEW|null|null|DISMISS_AND_SEAL|null||because DISMISS_AND_SEAL"
            + "|r2|null",
        "alameda/p6", "alameda|p6|NEW|null|null|DISMISS_AND_SEAL|null||because DISMISS_AND_SEAL"
            + "|r2|null",
        "yolo/p4", "yolo|p4|WITHDRAWN|null|DISMISS_AND_SEAL|null||null|null|null|r1",
        "yolo/p5", "yolo|p5|WITHDRAWN|null|DISMISS_AND_SEAL|null||null|null|null|r1"), got);
  }
}
