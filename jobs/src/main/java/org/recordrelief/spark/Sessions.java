package org.recordrelief.spark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.config.Settings;

/** The one place a SparkSession is built for jobs. */
public final class Sessions {
  private Sessions() {}

  /**
   * A Hadoop configuration with the {@code spark.hadoop.*} settings applied (without the
   * prefix), for file-system work before or outside a Spark session. Hadoop caches file systems
   * per scheme: one created from a plain configuration would keep the default umask for every
   * later write of the process.
   */
  public static org.apache.hadoop.conf.Configuration hadoopConfiguration(Settings settings) {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration();
    settings.spark().forEach((k, v) -> {
      if (k.startsWith("spark.hadoop.")) {
        conf.set(k.substring("spark.hadoop.".length()), v);
      }
    });
    return conf;
  }

  /**
   * A session from {@code recordrelief.spark} (passed unchanged), with the time zone pinned to
   * America/Los_Angeles and the console progress bar following {@code recordrelief.run.progress}.
   * A {@code spark.*} JVM system property wins over the same key in the settings:
   * {@code spark-submit} passes its {@code --master} and {@code --conf} values that way, and the
   * defaults of {@code reference.conf} (such as {@code local[*]}) must not override them.
   */
  public static SparkSession build(Settings settings) {
    SparkSession.Builder b = SparkSession.builder();
    for (Map.Entry<String, String> e
        : builderConfig(settings.spark(), System::getProperty).entrySet()) {
      b = b.config(e.getKey(), e.getValue());
    }
    b = b.config("spark.sql.session.timeZone", "America/Los_Angeles");
    b = b.config("spark.ui.showConsoleProgress", String.valueOf(settings.progress()));
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

  /**
   * The settings the builder gets: those of {@code spark} whose key is not already a JVM system
   * property (SparkConf reads {@code spark.*} system properties itself).
   */
  static Map<String, String> builderConfig(Map<String, String> spark,
      UnaryOperator<String> systemProperty) {
    Map<String, String> kept = new LinkedHashMap<>();
    spark.forEach((k, v) -> {
      if (systemProperty.apply(k) == null) {
        kept.put(k, v);
      }
    });
    return kept;
  }
}
