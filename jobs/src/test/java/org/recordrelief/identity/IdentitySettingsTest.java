package org.recordrelief.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.IdentitySettings;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;

class IdentitySettingsTest {
  private static Settings load(String hocon) {
    return Settings.load(ConfigFactory.parseString(hocon));
  }

  @Test
  void resolveIsTheDefaultAndSubjectIdParses() {
    Settings d = load("");
    assertEquals(IdentitySettings.Mode.RESOLVE, d.identity().mode());
    assertTrue(d.identity().placeholderDobs().contains("yyyy0101"));
    assertEquals(IdentitySettings.Mode.SUBJECT_ID,
        load("recordrelief.identity.mode = subject-id").identity().mode());
  }

  @Test
  void identitySettingsAreInTheConfigHash() {
    Settings d = load("");
    assertNotEquals(d.configHash(), load("recordrelief.identity.thresholds.merge = 25")
        .configHash());
    assertNotEquals(d.configHash(),
        d.withIdentityMode(IdentitySettings.Mode.SUBJECT_ID).configHash());
    assertEquals(d.configHash(), load("").configHash());
  }

  @Test
  void badValuesFailWithOneLine() {
    SettingsException mode = assertThrows(SettingsException.class,
        () -> load("recordrelief.identity.mode = fuzzy"));
    assertTrue(mode.getMessage().contains("resolve, subject-id"), mode.getMessage());
    assertThrows(SettingsException.class,
        () -> load("recordrelief.identity.thresholds.review = 30"));
    assertThrows(SettingsException.class,
        () -> load("recordrelief.identity.placeholderDobs = [\"1900-01-01\"]"));
  }
}
