package org.recordrelief.eligibility;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The compiled reference lists the evaluator uses (§7). {@link #defaults()} compiles {@link
 * ReferenceLists}; a configuration loader may build another instance from HOCON lists.
 */
public record StatutoryLists(
    SectionRuleList superStrikes,
    SectionRuleList superStrikesReview,
    SectionRuleList gangPairOffenses,
    SectionRuleList gangEnhancement,
    SectionRuleList pc290,
    SectionRuleList pc290Review,
    SectionRuleList minorIndicators,
    SectionRuleList environmentalIndicators,
    List<String> importDescriptionTokens,
    SectionRuleList relatedCharges,
    SectionRuleList pleaSubstitutes,
    SectionRuleList otherMarijuanaSections,
    SectionRuleList predecessorSections,
    List<DescriptionRule> possessionDescriptionMap,
    List<String> transportGiftDescriptionTokens,
    List<String> saleDescriptionTokens)
    implements java.io.Serializable {

  public StatutoryLists {
    Objects.requireNonNull(superStrikes);
    Objects.requireNonNull(superStrikesReview);
    Objects.requireNonNull(gangPairOffenses);
    Objects.requireNonNull(gangEnhancement);
    Objects.requireNonNull(pc290);
    Objects.requireNonNull(pc290Review);
    Objects.requireNonNull(minorIndicators);
    Objects.requireNonNull(environmentalIndicators);
    Objects.requireNonNull(relatedCharges);
    Objects.requireNonNull(pleaSubstitutes);
    Objects.requireNonNull(otherMarijuanaSections);
    Objects.requireNonNull(predecessorSections);
    importDescriptionTokens = upper(importDescriptionTokens);
    possessionDescriptionMap = List.copyOf(possessionDescriptionMap);
    transportGiftDescriptionTokens = upper(transportGiftDescriptionTokens);
    saleDescriptionTokens = upper(saleDescriptionTokens);
  }

  private static List<String> upper(List<String> in) {
    return in.stream().map(s -> s.toUpperCase(Locale.ROOT)).toList();
  }

  private static final StatutoryLists DEFAULTS =
      new StatutoryLists(
          SectionRuleList.of("superStrikes", ReferenceLists.SUPER_STRIKES),
          SectionRuleList.of("superStrikesReview", ReferenceLists.SUPER_STRIKES_REVIEW),
          SectionRuleList.of("gangPairOffenses", ReferenceLists.GANG_PAIR_OFFENSES),
          SectionRuleList.of("gangEnhancement", ReferenceLists.GANG_ENHANCEMENT),
          SectionRuleList.of("pc290", ReferenceLists.PC290_OFFENSES),
          SectionRuleList.of("pc290Review", ReferenceLists.PC290_REVIEW),
          SectionRuleList.of("minorIndicators", ReferenceLists.MINOR_INDICATORS),
          SectionRuleList.of("environmentalIndicators", ReferenceLists.ENVIRONMENTAL_INDICATORS),
          ReferenceLists.IMPORT_DESCRIPTION_TOKENS,
          SectionRuleList.of("relatedCharges", ReferenceLists.RELATED_CHARGES),
          SectionRuleList.of("pleaSubstitutes", ReferenceLists.PLEA_SUBSTITUTES),
          SectionRuleList.of("otherMarijuanaSections", ReferenceLists.OTHER_MARIJUANA_SECTIONS),
          SectionRuleList.of("predecessorSections", ReferenceLists.PREDECESSOR_SECTIONS),
          ReferenceLists.POSSESSION_DESCRIPTION_MAP.stream().map(DescriptionRule::parse).toList(),
          ReferenceLists.TRANSPORT_GIFT_DESCRIPTION_TOKENS,
          ReferenceLists.SALE_DESCRIPTION_TOKENS);

  /** The lists of {@link ReferenceLists}, compiled once. */
  public static StatutoryLists defaults() {
    return DEFAULTS;
  }
}
