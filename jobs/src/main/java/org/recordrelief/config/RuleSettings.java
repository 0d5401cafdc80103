package org.recordrelief.config;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Settings that shape derived facts ({@code recordrelief.rules}); the unsettled points of
 * {@code doj-input-format.md} §6 as switches with their documented defaults.
 */
public record RuleSettings(
    ConvictionDateSource convictionDateSource,
    OffenseDateSource offenseDateSource,
    SentenceCombination sentencePartCombination,
    int sentenceAbsentCompletedAfterYears,
    boolean useCycAgeFallback,
    boolean cycAgeTierCheck,
    List<String> juvenileCourtTokens,
    List<String> alreadyRelievedPatterns,
    List<String> levelChangePatterns,
    List<String> pc1203Patterns)
    implements Serializable {

  public enum ConvictionDateSource {
    STEP_EVENT_DATE,
    DISP_DATE_THEN_STEP_EVENT_DATE
  }

  public enum OffenseDateSource {
    CYCLE_THEN_ARREST_STEP_THEN_CONVICTION,
    CONVICTION_DATE
  }

  public enum SentenceCombination {
    MAX,
    SUM
  }

  public RuleSettings {
    if (sentenceAbsentCompletedAfterYears < -1) {
      throw new SettingsException(
          "recordrelief.rules.sentenceAbsentCompletedAfterYears must be -1 (never) or >= 0");
    }
    juvenileCourtTokens = upper(juvenileCourtTokens);
    alreadyRelievedPatterns = upper(alreadyRelievedPatterns);
    levelChangePatterns = upper(levelChangePatterns);
    pc1203Patterns = upper(pc1203Patterns);
  }

  static RuleSettings from(Config c) {
    return new RuleSettings(
        Settings.enumValue(c, "convictionDateSource", ConvictionDateSource.class),
        Settings.enumValue(c, "offenseDateSource", OffenseDateSource.class),
        Settings.enumValue(c, "sentencePartCombination", SentenceCombination.class),
        c.getInt("sentenceAbsentCompletedAfterYears"),
        c.getBoolean("useCycAgeFallback"),
        c.getBoolean("cycAgeTierCheck"),
        c.getStringList("juvenileCourtTokens"),
        c.getStringList("alreadyRelievedPatterns"),
        c.getStringList("levelChangePatterns"),
        c.getStringList("pc1203Patterns"));
  }

  private static List<String> upper(List<String> in) {
    return in.stream().map(t -> t.strip().toUpperCase(Locale.ROOT)).toList();
  }

  /** Defaults from reference.conf. */
  public static RuleSettings defaults() {
    return Settings.load(com.typesafe.config.ConfigFactory.empty()).rules();
  }
}
