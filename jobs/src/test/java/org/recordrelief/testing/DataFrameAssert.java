package org.recordrelief.testing;

import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The small facade tests use for DataFrame comparisons (spark-testing-base underneath, so the
 * library can be swapped in one place).
 */
public final class DataFrameAssert {
  private DataFrameAssert() {}

  /** Same schema and the same rows in the same order. */
  public static void assertSameRows(Dataset<Row> expected, Dataset<Row> actual) {
    SharedSpark.base().assertDataFrameEquals(expected, actual);
  }

  /** Same schema and the same multiset of rows, in any order. */
  public static void assertSameRowsIgnoringOrder(Dataset<Row> expected, Dataset<Row> actual) {
    SharedSpark.base().assertDataFrameNoOrderEquals(expected, actual);
  }
}
