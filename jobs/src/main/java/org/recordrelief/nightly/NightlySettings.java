package org.recordrelief.nightly;

import com.typesafe.config.ConfigException;
import org.recordrelief.config.Settings;
import org.recordrelief.config.SettingsException;

/**
 * The {@code recordrelief.nightly} section of the configuration.
 *
 * @param keepRuns complete runs kept under {@code BASE/runs/}, newest published first; the run
 *     {@code current} points to and the one before it are kept in any case
 * @param identityDriftFactor an identity figure per profile moving by more than this factor
 *     since the previous run is a drift warning
 * @param identityDriftMinCount figures below this in both runs are not compared
 */
public record NightlySettings(int keepRuns, double identityDriftFactor,
    long identityDriftMinCount) {
  public NightlySettings {
    if (keepRuns < 1) {
      throw new SettingsException(
          "configuration error: recordrelief.nightly.keepRuns must be at least 1, got " + keepRuns);
    }
    if (!(identityDriftFactor > 1) || identityDriftMinCount < 0) {
      throw new SettingsException("configuration error: recordrelief.nightly.identityDriftFactor "
          + "must be above 1 and identityDriftMinCount at least 0");
    }
  }

  public static NightlySettings from(Settings settings) {
    try {
      return new NightlySettings(settings.config().getInt("recordrelief.nightly.keepRuns"),
          settings.config().getDouble("recordrelief.nightly.identityDriftFactor"),
          settings.config().getLong("recordrelief.nightly.identityDriftMinCount"));
    } catch (ConfigException e) {
      throw new SettingsException("configuration error: " + e.getMessage(), e);
    }
  }
}
