package org.recordrelief.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/** Wall time per named stage, in milliseconds; also names the stage's Spark jobs. */
final class StageTimer {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final SparkSession spark;

  StageTimer(SparkSession spark) {
    this.spark = spark;
  }

  <T> T time(String stage, Supplier<T> work) {
    spark.sparkContext().setJobGroup(stage, stage, false);
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      millis.merge(stage, (System.nanoTime() - t0) / 1_000_000, Long::sum);
      spark.sparkContext().clearJobGroup();
    }
  }

  void time(String stage, Runnable work) {
    time(stage, () -> {
      work.run();
      return null;
    });
  }

  Map<String, Long> millis() {
    return millis;
  }
}
