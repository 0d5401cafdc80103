package org.recordrelief.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.io.File;
import org.junit.jupiter.api.Test;

class SettingsTest {
  private static Settings with(String hocon) {
    return Settings.load(ConfigFactory.parseString(hocon));
  }

  @Test
  void defaultsFromReferenceConf() {
    Settings s = Settings.load(ConfigFactory.empty());
    assertEquals("America/Los_Angeles", s.spark().get("spark.sql.session.timeZone"));
    assertEquals("127.0.0.1", s.spark().get("spark.driver.bindAddress"));
    assertTrue(s.ingest().acceptTrailingEmptyField());
    assertEquals(100, s.ingest().rejectThreshold(10));
    assertEquals(1000, s.ingest().rejectThreshold(1_000_000));
    assertEquals(RuleSettings.SentenceCombination.MAX, s.rules().sentencePartCombination());
    assertEquals(5, s.rules().sentenceAbsentCompletedAfterYears());
  }

  @Test
  void badValuesFailAtLoadingWithTheKeyNamed() {
    SettingsException e = assertThrows(SettingsException.class,
        () -> with("recordrelief.rules.sentencePartCombination = AVERAGE"));
    assertTrue(e.getMessage().contains("sentencePartCombination"), e.getMessage());
    assertThrows(SettingsException.class,
        () -> with("recordrelief.ingest.rejectThresholdFraction = 2"));
    assertThrows(SettingsException.class, () -> with("recordrelief.ingest.chunkBytes = oops"));
    assertThrows(SettingsException.class, () -> Settings.load(new File("/nonexistent.conf")));
  }

  @Test
  void configHashFollowsDecisionRelevantSettingsOnly() {
    Settings base = Settings.load(ConfigFactory.empty());
    assertEquals(base.configHash(), with("recordrelief.spark.\"spark.sql.shuffle.partitions\" = 99")
        .configHash(), "Spark tuning does not change decisions");
    assertEquals(base.configHash(), with("recordrelief.ingest.chunkBytes = 4096").configHash(),
        "the read-task size does not change decisions");
    assertNotEquals(base.configHash(),
        with("recordrelief.rules.sentencePartCombination = SUM").configHash());
  }

  @Test
  void countyAliasesAreNormalised() {
    Settings s = with("recordrelief.ingest.countyAliases { \"l.a.\" = \"los angeles\" }");
    assertEquals("LOS ANGELES", s.ingest().countyAliases().get("L.A."));
  }
}
