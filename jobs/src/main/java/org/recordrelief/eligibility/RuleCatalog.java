package org.recordrelief.eligibility;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Every rule id of {@code prop64-rules.md} §3–§5 with its reason code and citation, in table order
 * (the canonical order of {@code ruleIds} after the decisive rule), and the human wording of every
 * reason code. Wording never contains personal data.
 */
public final class RuleCatalog {
  private RuleCatalog() {}

  /** One rule. */
  public record Rule(String id, String reasonCode, String citation) {}

  private static final Map<String, Rule> RULES = new LinkedHashMap<>();
  private static final Map<String, String> TEXT = new LinkedHashMap<>();

  private static void rule(String id, String code, String citation, String text) {
    RULES.put(id, new Rule(id, code, citation));
    TEXT.putIfAbsent(code, text);
  }

  private static void text(String code, String text) {
    TEXT.put(code, text);
  }

  static {
    String auma = "Prop 64 (AUMA) effective 2016-11-09; HS 11361.8(a),(e) (\"at the time of the "
        + "offense\")";
    rule("G1", "NOT_A_CONVICTION", "HS 11361.8(a),(e)", "not a conviction");
    rule("G2", "NOT_PROP64_SECTION",
        "HS 11361.8(e) names only HS 11357-11360; People v. Raybon (2021) 11 Cal.5th 1056",
        "not a conviction under HS 11357-11360, so HS 11361.8 gives no relief");
    rule("G3", "PREDECESSOR_OR_PRE_1976",
        "HS 11361.8(e); HS 11361.5(b); Younger v. Superior Court (1978) 21 Cal.3d 102",
        "predecessor statute or possession before the Moscone Act (1976); consider the HS "
            + "11361.5(b) record-destruction route");
    rule("G4", "OFFENSE_ON_OR_AFTER_AUMA", auma,
        "offense on or after 2016-11-09: already sentenced under Prop 64");
    rule("G5", "SENTENCED_AFTER_AUMA", auma,
        "offense before 2016-11-09 but convicted on or after it: check whether the old law was "
            + "applied");
    rule("G6", "ALREADY_RELIEVED", "HS 11361.8(h)",
        "the record already shows HS 11361.8 relief, vacatur or reversal");
    rule("G7", "JUVENILE_ADJUDICATION", "HS 11361.8(m)",
        "juvenile-court adjudication: JV-744 path, evaluated as under 18");
    rule("G8", "AGE_UNKNOWN", "HS 11361.8(a),(e) (age tier at the offense)",
        "the age at the offense is unknown and the outcome depends on it");

    rule("P-1", "POSSESSION_LAWFUL_21_PLUS", "HS 11362.1(a)(1); HS 11361.8(e),(f)",
        "possession of 28.5 g or less at 21 or older is now lawful");
    rule("P-2", "POSSESSION_18_20_INFRACTION", "HS 11357(a)(2); HS 11361.8(f),(h)",
        "possession of 28.5 g or less at 18 to 20 is now an infraction");
    rule("P-3", "ALREADY_INFRACTION", "HS 11361.8(e)",
        "already an infraction, the same level today: no lesser offense");
    rule("P-4", "POSSESSION_MINOR_INFRACTION", "HS 11357(a)(1)",
        "possession under 18 is now an infraction");
    rule("P-5", "CONCENTRATE_LAWFUL_21_PLUS", "HS 11362.1(a)(1); HS 11361.8(b),(f)",
        "8 g or less of concentrated cannabis at 21 or older is now lawful");
    rule("P-6", "CONCENTRATE_OVER_8G", "HS 11357(b)(2)",
        "more than 8 g of concentrated cannabis is a misdemeanor today");
    rule("P-7", "CONCENTRATE_18_20_INFRACTION", "HS 11357(a)(2)",
        "8 g or less of concentrated cannabis at 18 to 20 is now an infraction");
    rule("P-8", "CONCENTRATE_MINOR_INFRACTION", "HS 11357(a)(1), (b)(1)",
        "concentrated cannabis under 18 is now an infraction");
    rule("P-9", "POSSESSION_OVER_28_5G_UNCHANGED", "HS 11357(b)(2)",
        "more than 28.5 g at 18 or older is still a misdemeanor");
    rule("P-10", "POSSESSION_OVER_28_5G_MINOR", "HS 11357(b)(1)",
        "more than 28.5 g under 18 is now an infraction");
    rule("P-11", "SCHOOL_GROUNDS_LEVEL_UNCHANGED", "HS 11357(c)",
        "school-grounds possession by an adult is still a misdemeanor; only the first-offense "
            + "penalty fell");
    rule("P-12", "SCHOOL_GROUNDS_MINOR_INFRACTION", "HS 11357(d)",
        "school-grounds possession by a minor is now an infraction");
    rule("P-13", "POSSESSION_NO_SUBDIVISION", "HS 11357",
        "HS 11357 without a subdivision, mapped from the description where possible");
    rule("T-1", "TRANSPORT_GIFT_LAWFUL_21_PLUS", "HS 11362.1(a)(1)",
        "giving away or transporting 28.5 g or less at 21 or older is now lawful");
    rule("T-2", "TRANSPORT_GIFT_UNDER_21_INFRACTION", "HS 11360(b)",
        "giving away or transporting 28.5 g or less under 21 is now an infraction");
    rule("C-1", "CULTIVATION_LAWFUL_6_PLANTS", "HS 11362.1(a)(3); HS 11362.2",
        "cultivating 6 plants or fewer at 21 or older is now lawful");
    rule("C-2", "CULTIVATION_MISDEMEANOR", "HS 11358(c)",
        "adult cultivation of more than 6 plants (or an unknown number) is now a misdemeanor");
    rule("C-3", "CULTIVATION_18_20_INFRACTION", "HS 11358(b)",
        "cultivating 6 plants or fewer at 18 to 20 is now an infraction");
    rule("C-4", "CULTIVATION_MINOR_INFRACTION", "HS 11358(a)",
        "cultivation under 18 is now an infraction");
    rule("C-5", "CULTIVATION_DISQUALIFYING_PRIOR", "HS 11358(d)(1)",
        "a prior super-strike or PC 290(c) conviction keeps the offense felony-eligible");
    rule("C-6", "CULTIVATION_TWO_PRIORS", "HS 11358(d)(2)",
        "two or more prior cultivation convictions keep the offense felony-eligible");
    rule("C-7", "CULTIVATION_ENVIRONMENTAL", "HS 11358(d)(3)",
        "an environmental violation keeps the offense felony-eligible");
    rule("S-1", "POSSESSION_FOR_SALE_MINOR_INFRACTION", "HS 11359(a)",
        "possession for sale under 18 is now an infraction");
    rule("S-2", "POSSESSION_FOR_SALE_MISDEMEANOR", "HS 11359(b)",
        "adult possession for sale is now a misdemeanor (never dismissal under the statute)");
    rule("S-3", "POSSESSION_FOR_SALE_DISQUALIFYING_PRIOR", "HS 11359(c)(1)",
        "a prior super-strike or PC 290(c) conviction keeps the offense felony-eligible");
    rule("S-4", "POSSESSION_FOR_SALE_TWO_PRIORS", "HS 11359(c)(2)",
        "two or more prior possession-for-sale convictions keep the offense felony-eligible");
    rule("S-5", "SALE_TO_MINOR", "HS 11359(c)(3)",
        "sale or attempted sale to a person under 18 keeps the offense felony-eligible");
    rule("S-6", "USE_OF_MINOR", "HS 11359(d)",
        "using or furnishing to a person 20 or younger keeps the offense felony-eligible");
    rule("S-7", "ALREADY_AT_NEW_LEVEL", "HS 11361.8(e)",
        "the conviction is already at the new-law misdemeanor level");
    rule("A-1", "SALE_TRANSPORT_MINOR_INFRACTION", "HS 11360(a)(1)",
        "sale or transport under 18 is now an infraction");
    rule("A-2", "SALE_TRANSPORT_MISDEMEANOR", "HS 11360(a)(2); HS 11362.1",
        "adult sale or transport is now a misdemeanor");
    rule("A-3", "SALE_TRANSPORT_DISQUALIFYING_PRIOR", "HS 11360(a)(3)(A)",
        "a prior super-strike or PC 290(c) conviction keeps the offense felony-eligible");
    rule("A-4", "SALE_TRANSPORT_TWO_PRIORS", "HS 11360(a)(3)(B)",
        "two or more prior sale/transport convictions keep the offense felony-eligible");
    rule("A-5", "SALE_TRANSPORT_TO_MINOR", "HS 11360(a)(3)(C)",
        "sale or furnishing to a person under 18 keeps the offense felony-eligible");
    rule("A-6", "IMPORT_EXPORT", "HS 11360(a)(3)(D)",
        "import into or transport for sale out of California above 28.5 g / 4 g keeps the "
            + "offense felony-eligible");
    rule("A-7", "SALE_TRANSPORT_NO_SUBDIVISION", "HS 11360",
        "HS 11360 without a subdivision, treated as 11360(a) unless the description shows "
            + "11360(b)");
    rule("X-1", "ATTEMPT", "PC 664",
        "attempt: the target offense's row applies");
    rule("X-2", "CURRENTLY_SERVING", "HS 11361.8(a)-(d); HS 11361.9(c); PC 1170.18(c)",
        "currently serving: resentencing track with public-safety risk review");
    rule("X-3", "SENTENCE_COMPLETED", "HS 11361.8(e)-(g); HS 11361.9(c)",
        "sentence completed: redesignation track, no risk test");
    rule("X-4", "DISQUALIFIER_SAME_DAY", "HS 11361.8(a),(e) (\"prior\" conviction)",
        "a disqualifying conviction is dated the same day as the offense, so its order is unknown");
    rule("X-5", "LATER_DISQUALIFIER", "HS 11361.8(b); PC 1170.18(c)",
        "a super-strike or PC 290(c) conviction after the offense matters only to risk review");
    rule("X-6", "REGISTRATION_ONLY", "PC 290(c)",
        "a PC 290 registration is on record without a registrable conviction before the offense");
    rule("X-7", "SEVERAL_COUNTS", "HS 11361.8(d)", "decided per count");
    rule("X-8", "STATEWIDE_PRIORS", "HS 11361.8(a),(e); HS 11361.9(a)", "priors from any county");
    rule("X-9", "ALREADY_REDUCED", "HS 11361.8(e)",
        "the level is already at or below the new-law level");
    rule("X-10", "PRECEDENCE", "-", "precedence of outcomes");

    text("DATE_IMPRECISE", "a partial or unknown date prevents a firm decision");
    text("PRIOR_DATE_IMPRECISE",
        "a possibly disqualifying conviction cannot be placed before or after the offense");
    text("LEVEL_UNKNOWN", "the level of the conviction is unknown and the outcome depends on it");
    text("LEVEL_INCONSISTENT", "the recorded level is inconsistent with the section");
    text("QUANTITY_UNKNOWN", "the quantity is unknown and no presumption was applied");
    text("SUPER_STRIKE_UNSETTLED",
        "a prior conviction may or may not be a super strike or PC 290(c) offense");
    text("ATTEMPTED_DISQUALIFIER",
        "a prior attempt of a listed offense: whether it disqualifies is unsettled");
    text("CONSPIRACY_DISQUALIFIER",
        "a prior conspiracy to commit a listed offense: whether it disqualifies is unsettled");
    text("DISQUALIFIER_CODE_UNKNOWN",
        "a prior conviction names a listed section without a code label");
    text("DISQUALIFIER_LIST_REVIEW",
        "a prior conviction is a subdivision form the baseline list does not settle");
    text("PRIOR_RELIEVED", "a possibly disqualifying prior was itself vacated or relieved");
    text("JUVENILE_PRIOR",
        "a possibly disqualifying prior is a juvenile adjudication, not clearly a conviction");
    text("ENHANCEMENT_UNPROVEN",
        "a gang enhancement row in the same case has no recorded disposition");
    text("COUNT_ORDER_INVALID", "a prior's case cannot be identified (invalid CNT_ORDER)");
    text("TWO_PRIORS_UNCERTAIN", "whether two prior convictions exist depends on unresolved facts");
    text("MINOR_INDICATED",
        "a same-case count or the supplementary facts indicate sale to or use of a minor, not "
            + "proven");
    text("IMPORT_INDICATED",
        "the record indicates import or export, but the quantity threshold is not established");
    text("ENVIRONMENTAL_INDICATED",
        "a same-case count indicates an environmental violation, not proven");
    text("DOB_MISSING", "the date of birth is missing");
    text("OFFENSE_AFTER_CONVICTION",
        "the offense-date proxy is later than the conviction date");
    text("DOB_UNRELIABLE", "the date of birth is later than an event on record");
    text("DOB_CONFLICT", "conflicting dates of birth fall in different age tiers");
    text("CYC_AGE_CONFLICT",
        "the age DOJ recorded for the arrest cycle falls in another age tier than the date of "
            + "birth gives");
    text("SENTENCE_UNKNOWN", "the sentence status is unknown");
    text("OFFENSE_UNPARSED",
        "the convicted offense text could not be read while the charge was HS 11357-11360");
    text("UNPARSED_PRIOR_CONVICTION",
        "an earlier conviction's offense text could not be read; it was not checked against the "
            + "disqualifier lists");
    text("SALE_TRANSPORT_NOT_FOR_SALE",
        "the facts show transport not for sale, which is no longer an HS 11360 offense");
    text("GIFT_TO_ADULTS_LAWFUL",
        "the facts show a gift of 28.5 g or less by a person 21 or older to adults, which is now "
            + "lawful");
    text("GIFT_QUANTITY_UNKNOWN",
        "the facts show a gift to adults, but the quantity is unknown");
    text("GIFT_TO_UNDER_21", "the facts show the gift went to a person under 21");
    text("HOME_GROWN_SIX_PLANTS",
        "the facts show the produce of 6 plants or fewer at a residence (HS 11362.1(a)(3))");
    text("SCHOOL_GROUNDS_AGE_INCONSISTENT",
        "the school-grounds subdivision does not match the age at the offense");
    text("SIX_PLANTS_PRIOR_UNSETTLED",
        "6 plants or fewer: the HS 11358(d) felony tier is written for more than six plants");
    text("SUBDIVISION_UNKNOWN", "the subdivision is not one the old statute had");
    text("SUBDIVISION_UNMAPPED", "the subdivision could not be mapped from the description");
  }

  /** All rules in table order. */
  public static List<Rule> rules() {
    return List.copyOf(RULES.values());
  }

  /** Default reason code of a rule id. */
  public static String reasonCode(String ruleId) {
    Rule r = RULES.get(ruleId);
    if (r == null) {
      throw new IllegalArgumentException("unknown rule id " + ruleId);
    }
    return r.reasonCode();
  }

  /** Citation of a rule id ("" when unknown). */
  public static String citation(String ruleId) {
    Rule r = RULES.get(ruleId);
    return r == null ? "" : r.citation();
  }

  private static final Map<String, Integer> ORDER = new java.util.HashMap<>();

  static {
    int i = 0;
    for (String id : RULES.keySet()) {
      ORDER.put(id, i++);
    }
  }

  /** Position of a rule in table order (unknown ids last). */
  static int order(String ruleId) {
    return ORDER.getOrDefault(ruleId, Integer.MAX_VALUE);
  }

  /** Human wording of a reason code (the code itself when no wording exists). */
  public static String text(String reasonCode) {
    return TEXT.getOrDefault(reasonCode, reasonCode);
  }

  /** True when the reason code has wording (every code the evaluator emits must). */
  public static boolean hasText(String reasonCode) {
    return TEXT.containsKey(reasonCode);
  }
}
