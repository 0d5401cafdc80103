package org.recordrelief.identity;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.count_distinct;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataTypes;

/**
 * The person-id crosswalk between two runs ({@code entity-resolution.md} §6): person ids are
 * deterministic, but new records can merge, split or rename persons, and a DA office that
 * reviewed person 12345678 yesterday must be able to find it today. Profiles (one per CII, or
 * per SUBJECT_ID without a CII) keep their ids across runs, so the two runs' profile → person
 * maps are joined on them. No I/O; schema {@code schemas/identity_crosswalk.avsc}.
 */
public final class IdentityCrosswalk {
  private IdentityCrosswalk() {}

  public static final String MERGED = "MERGED";
  public static final String SPLIT = "SPLIT";
  public static final String SPLIT_AND_MERGED = "SPLIT_AND_MERGED";
  public static final String RENAMED = "RENAMED";
  public static final String GONE = "GONE";

  /**
   * The changed mappings. Inputs: the {@code identity/profiles} tables (profile_id, person_id)
   * of the previous run and of this one. Output: old_person_id, new_person_id, reason,
   * profile_ids; nothing for unchanged or new persons.
   */
  public static Dataset<Row> crosswalk(Dataset<Row> previous, Dataset<Row> next) {
    Dataset<Row> joined = previous.select(col("profile_id"),
            col(IdentityColumns.PERSON_ID).as("old_person_id"))
        .join(next.select(col("profile_id"), col(IdentityColumns.PERSON_ID).as("new_person_id")),
            new String[] {"profile_id"}, "left");
    Dataset<Row> kept = joined.where(col("new_person_id").isNotNull());
    Dataset<Row> fanOut = kept.groupBy(col("old_person_id"))
        .agg(count_distinct(col("new_person_id")).as("new_persons"));
    Dataset<Row> fanIn = kept.groupBy(col("new_person_id"))
        .agg(count_distinct(col("old_person_id")).as("old_persons"));
    Column reason = when(col("new_persons").gt(1).and(col("old_persons").gt(1)),
            lit(SPLIT_AND_MERGED))
        .when(col("old_persons").gt(1), lit(MERGED))
        .when(col("new_persons").gt(1), lit(SPLIT))
        .when(col("old_person_id").notEqual(col("new_person_id")), lit(RENAMED));
    Dataset<Row> changed = kept.groupBy(col("old_person_id"), col("new_person_id"))
        .agg(array_sort(collect_list(col("profile_id"))).as("profile_ids"))
        .join(fanOut, "old_person_id").join(fanIn, "new_person_id")
        .select(col("old_person_id"), col("new_person_id"), reason.as("reason"),
            col("profile_ids"))
        .where(col("reason").isNotNull());
    Dataset<Row> gone = joined.groupBy(col("old_person_id"))
        .agg(count_distinct(col("new_person_id")).as("new_persons"),
            array_sort(collect_list(col("profile_id"))).as("profile_ids"))
        .where(col("new_persons").equalTo(0))
        .select(col("old_person_id"), lit(null).cast(DataTypes.StringType).as("new_person_id"),
            lit(GONE).as("reason"), col("profile_ids"));
    return changed.unionByName(gone);
  }
}
