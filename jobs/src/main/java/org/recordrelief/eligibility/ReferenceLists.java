package org.recordrelief.eligibility;

import java.util.List;

/**
 * The statutory reference lists of {@code prop64-rules.md} §7, written as data (pattern strings in
 * the {@link SectionRule} syntax {@code [CODE ]SECTION[(SUB)...][*]}) so they can move to HOCON
 * unchanged. {@code *} = "with any further subdivisions, or none"; no {@code *} = exactly these
 * subdivisions. Every entry's subdivision decision is deliberate and documented below; the tested
 * non-matches of §7.2 and §7.3 are asserted by {@code ReferenceListsTest}.
 *
 * <p>Three strengths exist for the disqualifier lists: a <em>definite</em> entry disqualifies; a
 * <em>review</em> entry (a subdivision form the baseline list does not settle) routes the count to
 * {@code NEEDS_REVIEW} with {@link Flag#SUPER_STRIKE_UNSETTLED}; anything else is ignored. Review
 * entries never cover a tested non-match.
 */
public final class ReferenceLists {
  private ReferenceLists() {}

  /**
   * §7.2 super strikes (PC 667(e)(2)(C)(iv)), baseline = gogen's list with anchored matching.
   *
   * <p>Subdivision decisions: homicide sections (187–191.5 except 191), 37, 128, 205, 209, 209.5,
   * 218, 219, 261, 262, 264.1, 269, 273AB, 451.5, 667.61, 667.7, 667.71, 12308, 12310, 18755 match
   * any subdivision (§7 general rule; every subdivision of these is the listed offense). Exact
   * only: 191, 217.1, 4500, 18745 (tested non-matches {@code 191(A)}, {@code 217.1(A)}, {@code
   * 4500(A)}, {@code 18745(A)}); 286 ({@code 286(C)} is a tested non-match; its listed subdivisions
   * are separate entries); 288 and 289 families (listed subdivisions only); 207, 220, 287, 653F
   * (only some subdivisions are super strikes: simple kidnapping 207(a), solicitation of robbery
   * 653f(a) and so on; the bare section is gogen's entry, the subdivision forms are review entries
   * below). 190 with a one- or two-digit decimal is enumerated over the sections that exist.
   */
  public static final List<String> SUPER_STRIKES =
      List.of(
          "PC 37*",
          "PC 128*",
          "PC 187*",
          "PC 188*",
          "PC 189*",
          "PC 189.1*",
          "PC 189.5*",
          "PC 190*",
          "PC 190.03*",
          "PC 190.05*",
          "PC 190.1*",
          "PC 190.2*",
          "PC 190.25*",
          "PC 190.3*",
          "PC 190.4*",
          "PC 190.41*",
          "PC 190.5*",
          "PC 190.6*",
          "PC 190.7*",
          "PC 190.8*",
          "PC 190.9*",
          "PC 191",
          "PC 191.5*",
          "PC 205*",
          "PC 207",
          "PC 209*",
          "PC 209.5*",
          "PC 217.1",
          "PC 218*",
          "PC 219*",
          "PC 220",
          "PC 245(D)(3)",
          "PC 261*",
          "PC 262*",
          "PC 264.1*",
          "PC 269*",
          "PC 273AB*",
          "PC 286",
          "PC 286(C)(1)*",
          "PC 286(C)(2)*",
          "PC 286(C)(3)*",
          "PC 286(D)(1)",
          "PC 286(D)(2)",
          "PC 286(D)(3)",
          "PC 287",
          "PC 288",
          "PC 288(A)",
          "PC 288(B)(1)",
          "PC 288(B)(2)",
          "PC 288A",
          "PC 288A(D)",
          "PC 288A(C)(1)",
          "PC 288A(C)(2)(A)",
          "PC 288A(C)(2)(B)",
          "PC 288A(C)(2)(C)",
          "PC 288.5",
          "PC 288.5(A)",
          "PC 289",
          "PC 289(J)",
          "PC 289(A)(1)(A)",
          "PC 289(A)(1)(B)",
          "PC 289(A)(1)(C)",
          "PC 289(A)(2)(C)",
          "PC 451.5*",
          "PC 653F",
          "PC 667.61*",
          "PC 667.7*",
          "PC 667.71*",
          "PC 4500",
          "PC 11418(A)(1)",
          "PC 11418(B)(1)",
          "PC 11418(B)(2)",
          "PC 12308*",
          "PC 12310*",
          "PC 18745",
          "PC 18755*",
          "MV 1672(A)");

  /**
   * Subdivision forms of super-strike entries that the baseline does not settle: some subdivisions
   * are super strikes (207(b) with intent to commit a listed sex offense, 217.1(b) attempted murder
   * of an official, 220(b) in a first-degree burglary, 287(c)/(d) with a child under 14 or by
   * force, 653f(b) solicitation of murder), others are not. Route to review.
   */
  public static final List<String> SUPER_STRIKES_REVIEW =
      List.of("PC 207*", "PC 217.1(B)*", "PC 220*", "PC 287*", "PC 653F*");

  /**
   * Offenses that are super strikes together with the PC 186.22(b)(4) gang enhancement, in the same
   * citation text or (§7.2, D-05) on another row of the same case, dated by the later row. Any
   * subdivision of the offense.
   */
  public static final List<String> GANG_PAIR_OFFENSES =
      List.of(
          "PC 136.1*", "PC 215*", "PC 213(A)(1)(A)*", "PC 246*", "PC 519*", "PC 12022.55*");

  /** The gang enhancement of the pairs: 186.22(b)(4) with any further subdivision. */
  public static final List<String> GANG_ENHANCEMENT = List.of("PC 186.22(B)(4)*");

  /**
   * §7.3 PC 290(c) registrable offenses, baseline = gogen's list with anchored matching. "…" in the
   * spec (with or without further subdivisions) and "followed by any text without a decimal point"
   * are written {@code *}; entries the spec lists bare are exact. 288 and 287 take any subdivision:
   * 290(c) names the whole section (287 is the renumbered 288a, which the list has with any
   * subdivision). 261.5 is not 261 (anchored); its registrability is a review entry below.
   */
  public static final List<String> PC290_OFFENSES =
      List.of(
          "PC 236.1(B)*",
          "PC 236.1(C)*",
          "PC 243.4*",
          "PC 261*",
          "PC 262(A)",
          "PC 262(A)(1)",
          "PC 264.1*",
          "PC 266",
          "PC 266C",
          "PC 266H(B)*",
          "PC 266I(B)*",
          "PC 266J",
          "PC 267",
          "PC 269*",
          "PC 272",
          "PC 285",
          "PC 286*",
          "PC 287*",
          "PC 288*",
          "PC 288A*",
          "PC 288.2*",
          "PC 288.3*",
          "PC 288.4*",
          "PC 288.5*",
          "PC 288.7*",
          "PC 289*",
          "PC 311.1*",
          "PC 311.2(B)",
          "PC 311.2(C)",
          "PC 311.2(D)",
          "PC 311.3*",
          "PC 311.4*",
          "PC 311.10*",
          "PC 311.11*",
          "PC 314(1)",
          "PC 314(2)",
          "PC 451.5",
          "PC 647.6*",
          "PC 647A*",
          "PC 653F(B)",
          "PC 653F(C)");

  /**
   * PC 290 forms the baseline does not settle: 261.5 (gogen counted it through unanchored matching;
   * registrability to be verified), subdivision forms of 272, 285 and 314 (the list has the bare
   * section or 314(1)/(2) only). Route to review.
   */
  public static final List<String> PC290_REVIEW =
      List.of("PC 261.5*", "PC 272*", "PC 285*", "PC 314*");

  /**
   * Same-case co-count indicating sale to / use of a minor (S-5, S-6, A-5): HS 11361. Any code
   * label (DOJ labels are unreliable for HS marijuana sections).
   */
  public static final List<String> MINOR_INDICATORS = List.of("11361*");

  /**
   * Same-case co-count indicating an 11358(d)(3) environmental violation (C-7): Water Code 1052,
   * 13260, 13264, 13272, 13387; Fish and Game 5650, 5652, 1602; PC 374.8 (list unverified). The DOJ
   * code abbreviations for the Water and Fish and Game Codes are not documented, so those entries
   * take any label (an indicator only routes to review).
   */
  public static final List<String> ENVIRONMENTAL_INDICATORS =
      List.of(
          "1052*", "13260*", "13264*", "13272*", "13387*", "5650*", "5652*", "1602*", "PC 374.8*");

  /** Description tokens of an 11360 count that indicate import. */
  public static final List<String> IMPORT_DESCRIPTION_TOKENS = List.of("IMPORT");

  /** §7.4 related charges (San Joaquin, Contra Costa, hypothetical flows): any subdivision. */
  public static final List<String> RELATED_CHARGES =
      List.of(
          "PC 647(F)*",
          "PC 602*",
          "PC 466*",
          "PC 148.9*",
          "PC 148*",
          "HS 11364*",
          "HS 11550*",
          "BP 4140*",
          "BP 4149*",
          "BP 4060*",
          "VC 40508*",
          "PC 1320*");

  /** G2 plea-bargain substitutes not already in {@link #RELATED_CHARGES}: PC 32, HS 11366. */
  public static final List<String> PLEA_SUBSTITUTES = List.of("PC 32*", "HS 11366*");

  /**
   * G2 marijuana-related sections outside HS 11357–11360 that get a NOT_ELIGIBLE row: 11357.5
   * (synthetic cannabinoids), 11361 (minors), PC 4573.6 / 4573.8 (possession in custody, Raybon).
   */
  public static final List<String> OTHER_MARIJUANA_SECTIONS =
      List.of("11357.5*", "11361*", "PC 4573.6*", "PC 4573.8*");

  /** G3 pre-1973 predecessor statutes: former HS 11530, 11530.5, 11531 (any label). */
  public static final List<String> PREDECESSOR_SECTIONS = List.of("11530*", "11530.5*", "11531*");

  /**
   * P-13: description tokens mapping an 11357 count without subdivision, {@code TOKEN=>SUB}.
   * Several different mappings in one description leave the count unmapped.
   */
  public static final List<String> POSSESSION_DESCRIPTION_MAP =
      List.of("CONCENTRATED=>A", "28.5 GRAMS OR LESS=>B");

  /** description tokens that send an 11360 count without subdivision to the T rows. */
  public static final List<String> TRANSPORT_GIFT_DESCRIPTION_TOKENS =
      List.of("28.5 GRAMS OR LESS", "GIVE AWAY", "GIVEAWAY");

  /**
   * description tokens of sale; a give-away token together with one of these is ambiguous
   * (11360(a) descriptions often read "SELL/FURNISH/GIVE AWAY") and stays unmapped.
   */
  public static final List<String> SALE_DESCRIPTION_TOKENS = List.of("SELL", "SALE", "FURNISH");

  // ---- Upstream derivation patterns (§6): consumed by the fact builder, not by the evaluator ----

  /** ORI type/description tokens marking a juvenile court (unverified representation). */
  public static final List<String> JUVENILE_COURT_PATTERNS = List.of("JUVENILE", "JUV");

  /** Later-step text showing prior relief, vacatur or reversal (starter list, unverified). */
  public static final List<String> ALREADY_RELIEVED_PATTERNS =
      List.of("11361.8", "PROP 64", "VACATED", "REVERSED");

  /** Later-step text showing a level change (starter list, unverified). */
  public static final List<String> LEVEL_CHANGE_PATTERNS = List.of("17(B)", "PROP 47", "1170.18");

  /** Later-step text showing a PC 1203.4-family set-aside (starter list, unverified). */
  public static final List<String> PC1203_PATTERNS =
      List.of("CONV SET ASIDE & DISM PER 1203.4 PC", "1203.4", "1203.41", "1203.42");
}
