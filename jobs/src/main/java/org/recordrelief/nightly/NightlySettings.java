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
 * @param identityDriftAction what a drift does to the run: HOLD it (not published; the nightly
 *     fails) or only WARN
 */
public record NightlySettings(int keepRuns, double identityDriftFactor,
    long identityDriftMinCount, DriftAction identityDriftAction) {

  /** What an identity drift does to the nightly's run. */
  public enum DriftAction {
    /** The run is built but not published; {@code current} stays; the nightly fails (exit 1). */
    HOLD,
    /** The run is published; the drift is a logged warning and listed in nightly.json. */
    WARN
  }

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
          settings.config().getLong("recordrelief.nightly.identityDriftMinCount"),
          settings.config().getEnum(DriftAction.class,
              "recordrelief.nightly.identityDriftAction"));
    } catch (ConfigException e) {
      throw new SettingsException("configuration error: " + e.getMessage(), e);
    }
  }
}
