package org.recordrelief.nightly;

import com.typesafe.config.ConfigException;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;

/**
 * The {@code recordrelief.nightly} section of the configuration.
 *
 * @param keepRuns complete runs kept under {@code BASE/runs/}, newest published first; the run
 *     {@code current} points to and the one before it are kept in any case
 */
public record NightlySettings(int keepRuns) {
  public NightlySettings {
    if (keepRuns < 1) {
      throw new SettingsException(
          "configuration error: recordrelief.nightly.keepRuns must be at least 1, got " + keepRuns);
    }
  }

  public static NightlySettings from(Settings settings) {
    try {
      return new NightlySettings(settings.config().getInt("recordrelief.nightly.keepRuns"));
    } catch (ConfigException e) {
      throw new SettingsException("configuration error: " + e.getMessage(), e);
    }
  }
}
