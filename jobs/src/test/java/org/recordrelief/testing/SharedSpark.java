package org.recordrelief.testing;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.recordrelief.config.Settings;

/**
 * JUnit 5 extension that injects one shared local[2] SparkSession per test JVM: loopback only,
 * UI off, two shuffle partitions, pinned time zone. The session is stopped when the JVM's root
 * extension store closes (after the last test class).
 */
public final class SharedSpark implements ParameterResolver {

  private static SparkTestingBase base;

  private static final class Holder implements AutoCloseable {
    final SparkSession spark;

    Holder() {
      Settings s = testSettings();
      synchronized (SharedSpark.class) {
        base = new SparkTestingBase(s.spark());
        base.runBefore();
      }
      spark = base.spark();
      spark.sparkContext().setLogLevel("WARN");
    }

    @Override
    public void close() {
      SparkTestingBase.runAfterClass();
    }
  }

  /** The spark-testing-base instance behind the shared session. */
  static synchronized SparkTestingBase base() {
    if (base == null) {
      throw new IllegalStateException("use @ExtendWith(SharedSpark.class) before DataFrameAssert");
    }
    return base;
  }

  /** The settings tests run with: reference.conf plus small-machine Spark values. */
  public static Settings testSettings() {
    return testSettings(com.typesafe.config.ConfigFactory.empty());
  }

  /** {@link #testSettings()} with configuration overrides (HOCON over reference.conf). */
  public static Settings testSettings(com.typesafe.config.Config overrides) {
    return Settings.load(overrides)
        .withSpark("spark.master", "local[2]")
        .withSpark("spark.sql.shuffle.partitions", "2")
        .withSpark("spark.ui.enabled", "false")
        .withSpark("spark.ui.showConsoleProgress", "false")
        .withSpark("spark.sql.session.timeZone", "America/Los_Angeles")
        .withProgress(false);
  }

  /** The shared session (also usable outside parameter injection). */
  public static SparkSession session(ExtensionContext context) {
    return context.getRoot()
        .getStore(ExtensionContext.Namespace.GLOBAL)
        .getOrComputeIfAbsent(Holder.class, k -> new Holder(), Holder.class)
        .spark;
  }

  @Override
  public boolean supportsParameter(ParameterContext p, ExtensionContext e) {
    return p.getParameter().getType() == SparkSession.class;
  }

  @Override
  public Object resolveParameter(ParameterContext p, ExtensionContext e) {
    return session(e);
  }
}
