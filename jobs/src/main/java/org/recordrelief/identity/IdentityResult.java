package org.recordrelief.identity;

import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * What identity resolution hands to the pipeline.
 *
 * @param records the valid records with {@code person_id}, {@code profile_id} and
 *     {@code identity_status} ({@link IdentityColumns})
 * @param possibleMatches person_id, possible_person_id, weight, decision (REVIEW or POSSIBLE),
 *     match_key: one row per direction for links between different persons
 * @param audit the audit tables by name ({@link IdentityColumns#AUDIT_TABLES}; empty in
 *     subject-id mode), each matching {@code schemas/identity_<name>.avsc}
 * @param modelHash SHA-256 of the trained parameters (null in subject-id mode)
 */
public record IdentityResult(
    Dataset<Row> records,
    Dataset<Row> possibleMatches,
    Map<String, Dataset<Row>> audit,
    String modelHash) {}
