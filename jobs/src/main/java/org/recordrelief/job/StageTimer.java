package org.recordrelief.job;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.spark.sql.SparkSession;

/**
 * Wall time per named stage, in milliseconds; names the stage's Spark jobs (visible in the Spark
 * UI and console progress) and, unless quiet, prints one progress line per stage to stderr
 * (stage names and times only: never data).
 */
final class StageTimer {
  private final Map<String, Long> millis = new LinkedHashMap<>();
  private final SparkSession spark;
  private final java.io.PrintStream progress;

  StageTimer(SparkSession spark, java.io.PrintStream progress) {
    this.spark = spark;
    this.progress = progress;
  }

  <T> T time(String stage, Supplier<T> work) {
    spark.sparkContext().setJobGroup(stage, stage, false);
    if (progress != null) {
      progress.println("[record-relief] " + stage + " ...");
    }
    long t0 = System.nanoTime();
    try {
      return work.get();
    } finally {
      long ms = (System.nanoTime() - t0) / 1_000_000;
      millis.merge(stage, ms, Long::sum);
      spark.sparkContext().clearJobGroup();
      if (progress != null) {
        progress.printf("[record-relief] %s done in %.1f s%n", stage, ms / 1000.0);
      }
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
