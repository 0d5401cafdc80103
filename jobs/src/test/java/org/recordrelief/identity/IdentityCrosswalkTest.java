package org.recordrelief.identity;

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
import org.recordrelief.testing.SharedSpark;

/** The person-id crosswalk between two runs, one case per reason. */
@ExtendWith(SharedSpark.class)
class IdentityCrosswalkTest {
  private static final StructType PROFILES = new StructType()
      .add("profile_id", DataTypes.StringType, false)
      .add(IdentityColumns.PERSON_ID, DataTypes.StringType, false);

  private static Dataset<Row> profiles(SparkSession spark, String... profileThenPerson) {
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < profileThenPerson.length; i += 2) {
      rows.add(RowFactory.create(profileThenPerson[i], profileThenPerson[i + 1]));
    }
    return spark.createDataFrame(rows, PROFILES);
  }

  @Test
  void everyKindOfChangeHasItsRowAndUnchangedPersonsHaveNone(SparkSession spark) {
    Dataset<Row> before = profiles(spark,
        "C:A1", "10", // unchanged
        "C:A2", "20", "C:A3", "30", // merged into 20
        "C:A4", "40", "C:A5", "40", // split
        "C:A6", "60", // renamed (a smaller subject key joined)
        "C:A7", "70", "S:71", "70"); // gone
    Dataset<Row> after = profiles(spark,
        "C:A1", "10",
        "C:A2", "20", "C:A3", "20",
        "C:A4", "40", "C:A5", "41",
        "C:A6", "55", "S:55", "55",
        "C:A8", "80"); // new: no row
    List<String> got = new ArrayList<>();
    for (Row r : IdentityCrosswalk.crosswalk(before, after)
        .orderBy("old_person_id", "new_person_id").collectAsList()) {
      got.add(r.getString(0) + ">" + r.getString(1) + " " + r.getString(2) + " "
          + r.getList(3));
    }
    assertEquals(List.of(
        "20>20 MERGED [C:A2]",
        "30>20 MERGED [C:A3]",
        "40>40 SPLIT [C:A4]",
        "40>41 SPLIT [C:A5]",
        "60>55 RENAMED [C:A6]",
        "70>null GONE [C:A7, S:71]"), got);
  }

  @Test
  void aSplitPartMergedElsewhereIsBoth(SparkSession spark) {
    Dataset<Row> before = profiles(spark, "C:A1", "1", "C:A2", "1", "C:A3", "3");
    Dataset<Row> after = profiles(spark, "C:A1", "1", "C:A2", "3", "C:A3", "3");
    List<String> got = new ArrayList<>();
    for (Row r : IdentityCrosswalk.crosswalk(before, after)
        .orderBy("old_person_id", "new_person_id").collectAsList()) {
      got.add(r.getString(0) + ">" + r.getString(1) + " " + r.getString(2));
    }
    assertEquals(List.of("1>1 SPLIT", "1>3 SPLIT_AND_MERGED", "3>3 MERGED"), got);
  }
}
