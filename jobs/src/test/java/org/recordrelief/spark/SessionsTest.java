package org.recordrelief.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.Settings;
import org.recordrelief.testing.RepoPaths;

/** Which settings reach the session builder, and what conf/cluster.conf leaves to the cluster. */
class SessionsTest {
  @Test
  void sparkSubmitValuesWinOverConfiguredDefaults() {
    Map<String, String> configured = Map.of("spark.master", "local[*]",
        "spark.sql.shuffle.partitions", "8", "spark.app.name", "record-relief");
    Map<String, String> submitted = Map.of("spark.master", "yarn",
        "spark.sql.shuffle.partitions", "400");
    assertEquals(Map.of("spark.app.name", "record-relief"),
        Sessions.builderConfig(configured, submitted::get));
    assertEquals(configured, Sessions.builderConfig(configured, k -> null));
  }

  @Test
  void clusterConfLeavesTheDriverAddressToTheCluster() {
    Settings s = Settings.load(RepoPaths.root().resolve("conf/cluster.conf").toFile());
    assertEquals("200", s.spark().get("spark.sql.shuffle.partitions"));
    if (System.getenv("RECORDRELIEF_DRIVER_HOST") == null) {
      assertFalse(s.spark().containsKey("spark.driver.host"), s.spark().toString());
    }
    if (System.getenv("RECORDRELIEF_DRIVER_BIND_ADDRESS") == null) {
      assertFalse(s.spark().containsKey("spark.driver.bindAddress"), s.spark().toString());
    }
    // reference.conf's loopback default still holds for local runs without the file
    assertEquals("127.0.0.1", Settings.load((File) null).spark().get("spark.driver.host"));
    assertTrue(s.spark().containsKey("spark.master"));
  }
}
