package org.recordrelief.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.spark.sql.avro.SchemaConverters;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructType;

/**
 * The data contracts in {@code schemas/*.avsc} as Avro schemas and Spark struct types. The avsc
 * files are the single source: output rows are built against {@link #sparkType(String)}.
 */
public final class Schemas {
  private Schemas() {}

  public static final String DOJ_RECORD = "doj_record";
  public static final String QUARANTINE = "quarantine";
  public static final String CONVICTION = "conviction";
  public static final String PERSON = "person";
  public static final String DETERMINATION = "determination";
  public static final String SUPPLEMENTARY_FACTS = "supplementary_facts";
  public static final String ANALYTICS = "analytics";
  public static final String NIGHTLY_CHANGE = "nightly_change";
  public static final String REVIEWER_DECISIONS = "reviewer_decisions";

  /** Identity audit tables: {@code identity_<table>} for each table under DIR/identity/. */
  public static final String IDENTITY_PREFIX = "identity_";

  /** Every shipped contract (tests check each parses and converts). */
  public static final List<String> ALL = List.of(DOJ_RECORD, QUARANTINE, CONVICTION, PERSON, DETERMINATION,
      SUPPLEMENTARY_FACTS, ANALYTICS, NIGHTLY_CHANGE, REVIEWER_DECISIONS, "identity_profiles",
      "identity_candidate_pairs", "identity_edges", "identity_clusters", "identity_review_queue",
      "identity_model", "identity_blocking_stats", "identity_row_assignments",
      "identity_possible_matches", "identity_decisions", "identity_crosswalk");

  private static final Map<String, Schema> AVRO = new ConcurrentHashMap<>();

  /** The Avro schema {@code schemas/<name>.avsc} from the classpath. */
  public static Schema avro(String name) {
    return AVRO.computeIfAbsent(name, Schemas::load);
  }

  private static Schema load(String name) {
    String path = "schemas/" + name + ".avsc";
    try (InputStream in = Schemas.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("schema not on the classpath: " + path);
      }
      return new Schema.Parser().parse(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
  }

  /** The Spark struct type converted from {@code schemas/<name>.avsc}. */
  public static StructType sparkType(String name) {
    DataType t = SchemaConverters.toSqlType(avro(name)).dataType();
    return (StructType) t;
  }
}
