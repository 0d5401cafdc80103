package org.recordrelief.identity;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.min;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * Connected components on the Dataset API ({@code entity-resolution.md} §6.1): profile keys are
 * mapped to dense longs (in sorted key order, so ids do not depend on partitioning), then
 * min-label propagation runs until no label changes, cutting lineage every round and failing
 * loudly at the iteration cap. Component id = the smallest member id, hence deterministic.
 */
public final class Components {
  private Components() {}

  /** Raised when the iteration cap is reached (a giant or very long component). */
  public static final class DidNotConverge extends RuntimeException {
    public DidNotConverge(String message) {
      super(message);
    }
  }

  static final StructType IDS = new StructType()
      .add("node_key", DataTypes.StringType, false)
      .add("node", DataTypes.LongType, false);

  /**
   * Components of an undirected graph given as {@code (a, b)} string-key edges.
   *
   * @return node_key, component_key (the smallest node key of its component); only nodes that
   *     appear in an edge
   */
  public static Dataset<Row> run(SparkSession spark, Dataset<Row> edges, int maxIterations) {
    Dataset<Row> keys = edges.select(col("a").as("k")).union(edges.select(col("b").as("k")))
        .distinct().orderBy(col("k"));
    JavaPairRDD<Row, Long> indexed = keys.toJavaRDD().zipWithIndex();
    JavaRDD<Row> idRows = indexed.map((Tuple2<Row, Long> t) -> RowFactory.create(t._1().getString(0), t._2()));
    Dataset<Row> ids = spark.createDataFrame(idRows, IDS).localCheckpoint();
    Dataset<Row> e = edges
        .join(ids.select(col("node_key").as("a"), col("node").as("src")), "a")
        .join(ids.select(col("node_key").as("b"), col("node").as("dst")), "b")
        .select("src", "dst");
    Dataset<Row> sym = e.union(e.select(col("dst").as("src"), col("src").as("dst")))
        .distinct().localCheckpoint();
    Dataset<Row> labels = ids.select(col("node"), col("node").as("label"));
    int iteration = 0;
    while (true) {
      if (iteration++ >= maxIterations) {
        throw new DidNotConverge("identity clustering did not converge in " + maxIterations
            + " iterations (recordrelief.identity.maxIterations): a giant or very long component;"
            + " check the blocking statistics");
      }
      Dataset<Row> proposals = sym.join(labels, sym.col("src").equalTo(labels.col("node")))
          .select(col("dst").as("node"), col("label"));
      Dataset<Row> next = proposals.union(labels).groupBy(col("node"))
          .agg(min(col("label")).as("label")).localCheckpoint();
      long changed = next.join(labels.select(col("node"), col("label").as("old")), "node")
          .where(col("label").lt(col("old"))).count();
      labels = next;
      if (changed == 0) {
        break;
      }
    }
    return labels.join(ids, "node")
        .join(ids.select(col("node").as("label"), col("node_key").as("component_key")), "label")
        .select("node_key", "component_key");
  }

  /** Convenience for tests: edges from key pairs. */
  static Dataset<Row> edges(SparkSession spark, List<String[]> pairs) {
    StructType t = new StructType().add("a", DataTypes.StringType).add("b", DataTypes.StringType);
    return spark.createDataFrame(pairs.stream().map(p -> RowFactory.create(p[0], p[1])).toList(), t);
  }
}
