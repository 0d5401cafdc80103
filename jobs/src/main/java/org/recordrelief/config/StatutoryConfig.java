package org.recordrelief.config;

import com.typesafe.config.Config;
import org.recordrelief.eligibility.StatutorySettings;
import org.recordrelief.eligibility.StatutorySettings.AttemptMode;
import org.recordrelief.eligibility.StatutorySettings.ConvictionDateRule;
import org.recordrelief.eligibility.StatutorySettings.IndicatorScope;
import org.recordrelief.eligibility.StatutorySettings.OffenseDateRule;
import org.recordrelief.eligibility.StatutorySettings.PossessionNoSubdivision;
import org.recordrelief.eligibility.StatutorySettings.RelatedChargeRows;
import org.recordrelief.eligibility.StatutorySettings.SchoolGroundsAdult;
import org.recordrelief.eligibility.StatutorySettings.SentencePartCombination;
import org.recordrelief.eligibility.StatutorySettings.TwoPriorsSections;
import org.recordrelief.eligibility.StatutorySettings.TwoPriorsUnit;
import org.recordrelief.eligibility.StatutorySettings.UnsettledMode;

/**
 * Builds the statutory engine's {@link StatutorySettings} from {@code recordrelief.statutory}
 * (the §6 switches) and {@code recordrelief.rules} (the derivation switches the fact builder
 * applies), so one configuration drives both and one hash covers both.
 */
final class StatutoryConfig {
  private StatutoryConfig() {}

  static StatutorySettings from(Config root, RuleSettings rules) {
    Config s = root.getConfig("statutory");
    Config r = root.getConfig("rules");
    Integer absent = rules.sentenceAbsentCompletedAfterYears() < 0
        ? null : rules.sentenceAbsentCompletedAfterYears();
    StatutorySettings.DerivationSettings derivation = new StatutorySettings.DerivationSettings(
        OffenseDateRule.valueOf(rules.offenseDateSource().name()),
        ConvictionDateRule.valueOf(rules.convictionDateSource().name()),
        SentencePartCombination.valueOf(rules.sentencePartCombination().name()),
        rules.useCycAgeFallback(),
        rules.juvenileCourtTokens(),
        r.getStringList("alreadyRelievedPatterns"),
        r.getStringList("levelChangePatterns"),
        r.getStringList("pc1203Patterns"));
    try {
      return new StatutorySettings.Builder()
          .attemptMode(Settings.enumValue(s, "attemptMode", AttemptMode.class))
          .twoPriorsUnit(Settings.enumValue(s, "twoPriorsUnit", TwoPriorsUnit.class))
          .twoPriorsSections(Settings.enumValue(s, "twoPriorsSections", TwoPriorsSections.class))
          .twoPriorsOldLawConvictionsCount(s.getBoolean("twoPriorsOldLawConvictionsCount"))
          .attemptedNonHomicideSuperStrike(
              Settings.enumValue(s, "attemptedNonHomicideSuperStrike", UnsettledMode.class))
          .attemptedPc290Offense(
              Settings.enumValue(s, "attemptedPc290Offense", UnsettledMode.class))
          .possessionNoSubdivision(
              Settings.enumValue(s, "possessionNoSubdivision", PossessionNoSubdivision.class))
          .schoolGroundsAdult(
              Settings.enumValue(s, "schoolGroundsAdult", SchoolGroundsAdult.class))
          .ageUnknownAdultDefault(s.getBoolean("ageUnknownAdultDefault"))
          .quantityPresumption(s.getBoolean("quantityPresumption"))
          .sameDayDisqualifier(Settings.enumValue(s, "sameDayDisqualifier", UnsettledMode.class))
          .registrationOnly(Settings.enumValue(s, "registrationOnly", UnsettledMode.class))
          .sentenceAbsentCompletedAfterYears(absent)
          .relatedChargeRows(Settings.enumValue(s, "relatedChargeRows", RelatedChargeRows.class))
          .aggravatorIndicatorScope(
              Settings.enumValue(s, "aggravatorIndicatorScope", IndicatorScope.class))
          .derivation(derivation)
          .build();
    } catch (IllegalArgumentException e) {
      throw new SettingsException("configuration error in recordrelief.statutory: "
          + e.getMessage(), e);
    }
  }
}
