package org.recordrelief.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.recordrelief.doj.Citation;

/** §7 reference lists: anchored matching, per-entry subdivision decisions, tested non-matches. */
class ReferenceListsTest {

  private static final StatutoryLists L = StatutoryLists.defaults();
  private static final DisqualifierMatcher M =
      new DisqualifierMatcher(StatutorySettings.defaults());

  private static boolean superStrikeListsMatch(String cite) {
    Citation c = Cits.of(cite);
    return L.superStrikes().match(c).any() || L.superStrikesReview().match(c).any();
  }

  private static boolean pc290ListsMatch(String cite) {
    Citation c = Cits.of(cite);
    return L.pc290().match(c).any() || L.pc290Review().match(c).any();
  }

  // ------------------------------------------------------------ §7.2 super strikes

  @ParameterizedTest
  @ValueSource(strings = {
      "PC 187", "PC 187(A)", "PC 187(B)", "PC 188", "PC 189", "PC 189.1", "PC 189.5",
      "PC 190", "PC 190.03", "PC 190.2(A)(4)", "PC 190.25(B)", "PC 191", "PC 191.5",
      "PC 191.5(A)", "PC 205", "PC 207", "PC 209", "PC 209(B)(1)", "PC 209.5", "PC 217.1",
      "PC 218", "PC 219", "PC 220", "PC 245(D)(3)", "PC 261", "PC 261(A)(2)", "PC 262",
      "PC 262(A)(4)", "PC 264.1", "PC 269", "PC 269(A)(1)", "PC 273AB", "PC 273AB(A)", "PC 286",
      "PC 286(C)(1)", "PC 286(C)(2)(A)", "PC 286(C)(2)(B)", "PC 286(C)(2)(C)", "PC 286(C)(3)",
      "PC 286(D)(1)", "PC 286(D)(2)", "PC 286(D)(3)", "PC 287", "PC 288", "PC 288(A)",
      "PC 288(B)(1)", "PC 288(B)(2)", "PC 288A", "PC 288A(C)(1)", "PC 288A(C)(2)(A)",
      "PC 288A(C)(2)(B)", "PC 288A(C)(2)(C)", "PC 288A(D)", "PC 288.5", "PC 288.5(A)", "PC 289",
      "PC 289(J)", "PC 289(A)(1)(A)", "PC 289(A)(1)(B)", "PC 289(A)(1)(C)", "PC 289(A)(2)(C)",
      "PC 451.5", "PC 653F", "PC 667.61", "PC 667.7", "PC 667.71", "PC 4500",
      "PC 11418(A)(1)", "PC 11418(B)(1)", "PC 11418(B)(2)", "PC 12308", "PC 12310",
      "PC 18745", "PC 18755", "MV 1672(A)", "PC 37", "PC 128"})
  void superStrikesDefinite(String cite) {
    assertTrue(M.isDefiniteSuperStrike(Cits.of(cite)), cite);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PC 246+186.22(B)(4)", "PC 519+186.22(B)(4)", "PC 136.1+186.22(B)(4)",
      "PC 215+186.22(B)(4)", "PC 12022.55+186.22(B)(4)", "PC 213(A)(1)(A)+186.22(B)(4)",
      "PC 186.22(B)(4)+136.1", "PC 186.22(B)(4)+213(A)(1)(A)", "PC 186.22(B)(4)+12022.55",
      "PC 186.22(B)(4)+246"})
  void gangEnhancedFormsInOneCitation(String cite) {
    assertTrue(M.isDefiniteSuperStrike(Cits.of(cite)), cite);
  }

  /** §7.2 "tested non-matches in gogen (must also be non-matches in the project)", and more. */
  @ParameterizedTest
  @ValueSource(strings = {
      "PC 186.22(B)(4)", "PC 136.1", "PC 246", "PC 189.2", "PC 1900", "PC 191(A)", "PC 205.1",
      "PC 217.1(A)", "PC 261.5", "PC 273(A)", "PC 286(C)", "PC 288(B)", "PC 288B", "PC 653(F)",
      "PC 667.6", "PC 667.72", "PC 4500(A)", "PC 11418(A)(2)", "PC 18745(A)", "MV 1672(B)",
      // anchoring (defect D-03)
      "PC 1187", "PC 1261", "HS 11357.5", "PC 2187",
      // further non-matches of gogen's own tests
      "PC 186.22(B)(3)+136.1", "PC 186.22(A)+136.1", "PC 190.123", "PC 191.55", "PC 209.6",
      "PC 12022.5", "PC 245", "PC 264.11", "PC 273", "PC 286(C)(4)(A)", "PC 286(E)(2)(B)",
      "PC 288(A)(C)(1)", "PC 289(A)(2)(A)", "PC 451.1", "PC 667", "PC 664/667"})
  void superStrikeNonMatches(String cite) {
    assertFalse(superStrikeListsMatch(cite), cite + " must not match the super-strike lists");
    assertFalse(M.match(Cits.of(cite)).kinds().contains(DisqualifierMatcher.Kind.SUPER_STRIKE),
        cite);
  }

  @Test
  void attemptedHomicideIsASuperStrike() {
    assertTrue(M.isDefiniteSuperStrike(Cits.of("PC 664/187(A)")));
    assertTrue(M.isDefiniteSuperStrike(Cits.of("PC 664/187")));
    assertTrue(M.isDefiniteSuperStrike(Cits.of("PC 664/191.5")));
    assertTrue(M.isDefiniteSuperStrike(Cits.of("PC 664/190.2(A)(4)")));
    assertTrue(DisqualifierMatcher.isHomicideSection("189.1"));
    assertFalse(DisqualifierMatcher.isHomicideSection("192"));
    assertFalse(DisqualifierMatcher.isHomicideSection("273AB"));
  }

  @Test
  void attemptOfNonHomicideSuperStrikeIsUnsettledByDefault() {
    DisqualifierMatcher.Result r = M.match(Cits.of("PC 664/209"));
    assertFalse(r.definite());
    assertTrue(r.causes().contains(DisqualifierCause.ATTEMPT_UNSETTLED));
  }

  @Test
  void conspiracyToCommitAListedOffenseIsUnsettled() {
    DisqualifierMatcher.Result r = M.match(Cits.of("PC 182(A)(1)>PC 187(A)"));
    assertFalse(r.definite());
    assertEquals(java.util.Set.of(DisqualifierCause.CONSPIRACY_UNSETTLED), r.causes());
    assertEquals(DisqualifierMatcher.Result.NONE, M.match(Cits.of("PC 182(A)(1)>HS 11359")));
  }

  @Test
  void codeLabelMattersAndMissingLabelIsUnsettled() {
    assertEquals(DisqualifierMatcher.Result.NONE, M.match(Cits.of("VC 187")));
    DisqualifierMatcher.Result noLabel = M.match(Cits.of("187(A)"));
    assertFalse(noLabel.definite());
    assertTrue(noLabel.causes().contains(DisqualifierCause.CODE_LABEL_UNKNOWN));
  }

  @ParameterizedTest
  @ValueSource(strings = {"PC 207(A)", "PC 217.1(B)", "PC 220(B)", "PC 653F(A)"})
  void subdivisionFormsTheBaselineDoesNotSettleGoToReview(String cite) {
    DisqualifierMatcher.Result r = M.match(Cits.of(cite));
    assertFalse(r.definite(), cite);
    assertTrue(r.causes().contains(DisqualifierCause.REVIEW_LIST), cite);
  }

  @Test
  void subdivisionsOf287AreSuperStrikeReviewButDefinitePc290() {
    Citation c = Cits.of("PC 287(C)(2)(A)");
    assertFalse(L.superStrikes().match(c).any());
    assertTrue(L.superStrikesReview().match(c).any());
    DisqualifierMatcher.Result r = M.match(c);
    assertTrue(r.definite());
    assertEquals(java.util.Set.of(DisqualifierMatcher.Kind.SUPER_STRIKE,
        DisqualifierMatcher.Kind.PC290), r.kinds());
  }

  @Test
  void gangEnhancementAttachedWithoutOwnLabelInheritsTheCitationLabel() {
    assertTrue(M.isDefiniteSuperStrike(Cits.of("PC 246+186.22(B)(4)")));
    assertFalse(M.match(Cits.of("PC 246+186.22(B)(3)")).matched());
  }

  // ------------------------------------------------------------ §7.3 PC 290(c)

  @ParameterizedTest
  @ValueSource(strings = {
      "PC 236.1(B)", "PC 236.1(C)", "PC 236.1(C)(A)", "PC 236.1(B)(1)", "PC 243.4",
      "PC 243.4(A)", "PC 243.4(A)(C)", "PC 261", "PC 261(A)(2)", "PC 262(A)", "PC 262(A)(1)",
      "PC 264.1", "PC 266", "PC 266C", "PC 266H(B)", "PC 266H(B)(1)", "PC 266I(B)(2)", "PC 266J",
      "PC 267", "PC 269", "PC 272", "PC 285", "PC 286", "PC 286(B)(1)", "PC 287",
      "PC 287(B)(1)", "PC 288", "PC 288(C)(1)", "PC 288A(B)(1)", "PC 288.2(A)", "PC 288.3",
      "PC 288.4(A)(1)", "PC 288.5(A)", "PC 288.7(A)", "PC 289(A)(1)(A)", "PC 311.1(A)",
      "PC 311.2(B)", "PC 311.2(C)", "PC 311.2(D)", "PC 311.3(A)", "PC 311.4(B)",
      "PC 311.10(A)", "PC 311.11(A)", "PC 314(1)", "PC 314(2)", "PC 451.5", "PC 647.6(A)",
      "PC 647A", "PC 653F(B)", "PC 653F(C)"})
  void pc290Definite(String cite) {
    assertTrue(M.isDefinitePc290(Cits.of(cite)), cite);
  }

  /** §7.3 tested non-matches, plus anchoring and the registration section itself. */
  @ParameterizedTest
  @ValueSource(strings = {
      "PC 236.1(A)", "PC 243", "PC 262", "PC 264.11", "PC 266(C)", "PC 266J(A)", "PC 267A",
      "PC 288.6", "PC 291", "PC 647(A)", "PC 653F", "PC 1261", "PC 290", "PC 2434", "PC 2677",
      "PC 236.2(B)", "PC 647.1(A)"})
  void pc290NonMatches(String cite) {
    assertFalse(pc290ListsMatch(cite), cite + " must not match the PC 290 lists");
  }

  @ParameterizedTest
  @ValueSource(strings = {"PC 261.5", "PC 261.5(C)", "PC 272(A)(1)", "PC 314"})
  void pc290ReviewForms(String cite) {
    DisqualifierMatcher.Result r = M.match(Cits.of(cite));
    assertFalse(r.definite(), cite);
    assertTrue(r.causes().contains(DisqualifierCause.REVIEW_LIST), cite);
  }

  // ------------------------------------------------------------ §7.1 / §7.4 / G2 / G3

  @Test
  void prop64SectionsAreAnchored() {
    assertTrue(Cits.of("HS 11357(B)").isProp64Section());
    assertTrue(Cits.of("PC 11359").isProp64Section());
    assertFalse(Cits.of("HS 11357.5").isProp64Section());
    assertFalse(Cits.of("HS 211357").isProp64Section());
    assertFalse(Cits.of("HS 11362.1").isProp64Section());
    assertFalse(Cits.of("HS 11361").isProp64Section());
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "PC 647(F)", "PC 647(f)", "PC 602", "PC 602(L)", "PC 466", "PC 148.9", "PC 148",
      "PC 148(A)", "PC 148(A)(1)", "HS 11364", "HS 11550", "BP 4140", "BP 4149", "BP 4060",
      "VC 40508", "VC 40508(A)", "PC 1320", "PC 1320(A)", "PC 1320(B)"})
  void relatedCharges(String cite) {
    assertTrue(L.relatedCharges().match(Cits.of(cite)).any(), cite);
  }

  @ParameterizedTest
  @ValueSource(strings = {"PC 2148", "PC 1320.5", "PC 647(A)", "PC 647", "PC 148.5", "HS 11365"})
  void relatedChargeNonMatches(String cite) {
    assertFalse(L.relatedCharges().match(Cits.of(cite)).any(), cite);
  }

  @Test
  void otherMarijuanaSectionsAndPredecessors() {
    assertTrue(L.otherMarijuanaSections().match(Cits.of("HS 11357.5")).any());
    assertTrue(L.otherMarijuanaSections().match(Cits.of("HS 11361(A)")).any());
    assertTrue(L.otherMarijuanaSections().match(Cits.of("PC 4573.6")).any());
    assertTrue(L.otherMarijuanaSections().match(Cits.of("PC 4573.8")).any());
    assertFalse(L.otherMarijuanaSections().match(Cits.of("PC 4573.5")).any());
    assertTrue(L.predecessorSections().match(Cits.of("HS 11530")).any());
    assertTrue(L.predecessorSections().match(Cits.of("HS 11530.5")).any());
    assertTrue(L.predecessorSections().match(Cits.of("HS 11531")).any());
    assertFalse(L.predecessorSections().match(Cits.of("HS 11532")).any());
  }

  // ------------------------------------------------------------ SectionRule syntax

  @Test
  void patternSyntax() {
    SectionRule r = SectionRule.parse("PC 286(C)(1)*");
    assertEquals("PC", r.code());
    assertEquals("286", r.section());
    assertEquals(List.of("C", "1"), r.subdivisions());
    assertTrue(r.anyFurther());
    assertEquals(SectionRule.Match.MATCH, r.match(Cits.of("PC 286(C)(1)")));
    assertEquals(SectionRule.Match.MATCH, r.match(Cits.of("PC 286(c)(1)(a)")));
    assertEquals(SectionRule.Match.NONE, r.match(Cits.of("PC 286(C)")));
    assertEquals(SectionRule.Match.POSSIBLE, r.match(Cits.of("286(C)(1)")));
    SectionRule exact = SectionRule.parse("PC 217.1");
    assertEquals(SectionRule.Match.MATCH, exact.match(Cits.of("PC 217.1")));
    assertEquals(SectionRule.Match.NONE, exact.match(Cits.of("PC 217.1(A)")));
    SectionRule any = SectionRule.parse("11361*");
    assertEquals(SectionRule.Match.MATCH, any.match(Cits.of("PC 11361(B)")));
    assertEquals(SectionRule.Match.NONE, any.match(Citation.unparsed("11361")));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "pc 187", "PC  187", "PC 187(", "PC 187*(A)", "PC187", "(A)", "PC 1 87"})
  void invalidPatternsFailEarly(String pattern) {
    assertThrows(IllegalArgumentException.class, () -> SectionRule.parse(pattern));
  }

  @Test
  void invalidListEntryNamesTheList() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> SectionRuleList.of("superStrikes", List.of("PC 187*", "bad entry")));
    assertTrue(e.getMessage().contains("superStrikes"), e.getMessage());
    assertTrue(e.getMessage().contains("bad entry"), e.getMessage());
  }

  @Test
  void descriptionRules() {
    assertEquals(
        new DescriptionRule("CONCENTRATED", "A"), DescriptionRule.parse("CONCENTRATED=>A"));
    assertThrows(IllegalArgumentException.class, () -> DescriptionRule.parse("CONCENTRATED"));
  }

  @Test
  void reviewEntriesNeverCoverATestedNonMatch() {
    for (String nonMatch : List.of("PC 191(A)", "PC 217.1(A)", "PC 4500(A)", "PC 18745(A)",
        "PC 286(C)", "PC 288(B)")) {
      assertFalse(L.superStrikesReview().match(Cits.of(nonMatch)).any(), nonMatch);
    }
  }
}
