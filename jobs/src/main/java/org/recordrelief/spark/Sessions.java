package org.recordrelief.spark;

import java.util.Map;
import org.apache.spark.sql.SparkSession;
import org.recordrelief.config.Settings;

/** The one place a SparkSession is built for jobs. */
public final class Sessions {
  private Sessions() {}

  /**
   * A session from {@code recordrelief.spark} (passed unchanged), with the time zone pinned to
   * America/Los_Angeles and the console progress bar following {@code recordrelief.run.progress}.
   */
  public static SparkSession build(Settings settings) {
    SparkSession.Builder b = SparkSession.builder();
    for (Map.Entry<String, String> e : settings.spark().entrySet()) {
      b = b.config(e.getKey(), e.getValue());
    }
    b = b.config("spark.sql.session.timeZone", "America/Los_Angeles");
    b = b.config("spark.ui.showConsoleProgress", String.valueOf(settings.progress()));
    SparkSession spark = b.getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }
}
