package org.recordrelief.testing;

import com.holdenkarau.spark.testing.JavaDataFrameSuiteBase;
import java.util.Map;
import org.apache.spark.SparkConf;

/**
 * spark-testing-base's DataFrame assertions, adapted: it owns the one SparkContext of the test
 * JVM (built from our test settings: local[2], loopback, UI off) and never enables Hive. Used
 * only through {@link SharedSpark} and {@link DataFrameAssert}.
 */
final class SparkTestingBase extends JavaDataFrameSuiteBase {
  private final Map<String, String> sparkSettings;

  SparkTestingBase(Map<String, String> sparkSettings) {
    this.sparkSettings = sparkSettings;
  }

  @Override
  public SparkConf conf() {
    SparkConf conf = new SparkConf();
    sparkSettings.forEach(conf::set);
    return conf;
  }

  @Override
  public boolean enableHiveSupport() {
    return false;
  }
}
