package org.recordrelief.nightly;

import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;

/**
 * Fault injection for the crash tests: a named point in the job where a test can freeze the
 * process and then kill it. Inert unless the system property (or environment variable) {@code
 * recordrelief.fault.pauseAt} names the point: then the first thread to reach it writes {@code
 * <name>.reached} into the directory given by {@code recordrelief.fault.dir} and sleeps until the
 * process is killed. Production runs never set the property, so every call is a no-op.
 */
public final class FaultPoint {
  public static final String PAUSE_AT = "recordrelief.fault.pauseAt";
  public static final String DIR = "recordrelief.fault.dir";

  private FaultPoint() {}

  /** Freeze here when the pause point is {@code name}; otherwise return at once. */
  public static void reach(String name) {
    if (!name.equals(setting(PAUSE_AT))) {
      return;
    }
    String dir = setting(DIR);
    try {
      Path marker = Path.of(dir == null ? "." : dir).resolve(name + ".reached");
      Files.writeString(marker, ProcessHandle.current().pid() + "\n");
    } catch (IOException e) {
      throw new IllegalStateException("fault point " + name + ": cannot write the marker", e);
    }
    while (true) {
      try {
        Thread.sleep(60_000);
      } catch (InterruptedException e) {
        // keep waiting: only the kill ends this
      }
    }
  }

  /**
   * {@code rows} unchanged; when the pause point is {@code name}, the rows pass through a
   * function that reaches the point inside the Spark task that processes them (so the process
   * freezes in the middle of the read or write that consumes {@code rows}). Without the property
   * the plan is not touched.
   */
  public static Dataset<Row> tap(String name, Dataset<Row> rows) {
    if (!name.equals(setting(PAUSE_AT))) {
      return rows;
    }
    return rows.mapPartitions(new Tap(name), Encoders.row(rows.schema()));
  }

  private static String setting(String key) {
    String v = System.getProperty(key);
    return v != null ? v : System.getenv(key);
  }

  private record Tap(String name) implements MapPartitionsFunction<Row, Row>, Serializable {
    @Override
    public Iterator<Row> call(Iterator<Row> input) {
      if (input.hasNext()) {
        reach(name);
      }
      return input;
    }
  }
}
