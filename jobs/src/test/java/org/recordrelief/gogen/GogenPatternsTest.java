package org.recordrelief.gogen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * gogen's unanchored section patterns (§7.1–§7.4): its own tested matches and non-matches, and
 * the D-03/D-04 behaviours the compatibility profiles reproduce on purpose.
 */
class GogenPatternsTest {

  @ParameterizedTest
  @ValueSource(strings = {"11357(C)HS", "11357 HS", "11358 HS", "11359HS", "11360 PC", "664/11359 HS",
      "CHRG 11358 HS", ":CHRG 11358 HS", "11357(b)HS"})
  void prop64Matches(String cs) {
    assertTrue(GogenPatterns.prop64Key(cs) != null, cs);
  }

  @Test
  void prop64KeyIsTheFirstMatch() {
    assertEquals("11357", GogenPatterns.prop64Key("11357(C)HS"));
    assertEquals("11360", GogenPatterns.prop64Key("664/11360 HS"));
    assertNull(GogenPatterns.prop64Key("11361 HS"));
    assertNull(GogenPatterns.prop64Key("11362.1 HS"));
    assertNull(GogenPatterns.prop64Key("664 PC"));
  }

  @Test
  void prop64UnanchoredFalsePositivesD03() {
    assertEquals("11357", GogenPatterns.prop64Key("11357.5 HS"));
    assertEquals("11357", GogenPatterns.prop64Key("211357 HS"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"37 PC", "128 PC", "187 PC", "188 PC", "189 PC", "189.1 PC", "189.5 PC", "190 PC",
      "190.1 PC", "190.2(A)(4) PC", "190.25(B) PC", "191 PC", "191.5 PC", "205 PC", "207 PC", "209 PC",
      "209.5 PC", "217.1 PC", "218 PC", "219 PC", "220 PC", "245(D)(3) PC", "261 PC", "261(A)(2) PC",
      "262 PC", "262(A)(1) PC", "264.1 PC", "269 PC", "273AB PC", "273AB(A) PC", "286 PC", "286(C)(1) PC",
      "286(C)(2)(B) PC", "286(C)(3)(C) PC", "286(D)(2) PC", "287 PC", "288 PC", "288(A) PC", "288(B)(1) PC",
      "288(B)(2) PC", "288A PC", "288A(D) PC", "288A(C)(1) PC", "288A(C)(2)(A) PC", "288A(C)(2)(C) PC",
      "288.5 PC", "288.5(A) PC", "289 PC", "289(J) PC", "289(A)(1)(A) PC", "289(A)(1)(C) PC",
      "289(A)(2)(C) PC", "451.5 PC", "653F PC", "667.61 PC", "667.7 PC", "667.71 PC", "4500 PC",
      "11418(A)(1) PC", "11418(B)(1) PC", "11418(B)(2) PC", "12308 PC", "12310 PC", "18745 PC", "18755 PC",
      "1672(A) MV", "246/186.22(B)(4) PC", "186.22(B)(4)-136.1 PC", "215 + 186.22(B)(4) PC",
      "186.22(B)(4)/213(A)(1)(A) PC", "519 186.22(B)(4) PC", "12022.55/186.22(B)(4) PC"})
  void superstrikeMatches(String cs) {
    assertTrue(GogenPatterns.isSuperstrike(cs), cs);
  }

  /** gogen's tested non-matches, each written with its code label. */
  @ParameterizedTest
  @ValueSource(strings = {"186.22(B)(4) PC", "136.1 PC", "246 PC", "189.2 PC", "1900 PC", "191(A) PC",
      "205.1 PC", "217.1(A) PC", "261.5 PC", "273(A) PC", "286(C) PC", "288(B) PC", "288B PC", "653(F) PC",
      "667.6 PC", "667.72 PC", "4500(A) PC", "11418(A)(2) PC", "18745(A) PC", "1672(B) MV", "187PC",
      "187", "220"})
  void superstrikeNonMatches(String cs) {
    assertFalse(GogenPatterns.isSuperstrike(cs), cs);
  }

  @Test
  void superstrikeUnanchoredFalsePositivesD03() {
    assertTrue(GogenPatterns.isSuperstrike("1187 PC"));
    assertTrue(GogenPatterns.isSuperstrike("1261 PC"));
    assertTrue(GogenPatterns.isSuperstrike("664/187 PC"), "attempted murder matches by accident");
  }

  @ParameterizedTest
  @ValueSource(strings = {"236.1(B) PC", "236.1(C)(1) PC", "243.4 PC", "243.4(A) PC", "261 PC", "261(A)(1) PC",
      "261.5 PC", "262(A) PC", "262(A)(1) PC", "264.1 PC", "264.1(A) PC", "266 PC", "266C PC", "266H(B) PC",
      "266H(B)(1) PC", "266I(B)(2) PC", "266J PC", "267 PC", "269 PC", "269(A)(1) PC", "272 PC", "285 PC",
      "287 PC", "286 PC", "286(C) PC", "286(C)(2)(A) PC", "288 PC", "288A PC", "288A(C)(1) PC", "288.2 PC",
      "288.3(A) PC", "288.4 PC", "288.5(A) PC", "288.7(B) PC", "289 PC", "289(J) PC", "311.1 PC",
      "311.1(A) PC", "311.2(B) PC", "311.2(C) PC", "311.2(D) PC", "311.3 PC", "311.4(C) PC", "311.10 PC",
      "311.11(A) PC", "314(1) PC", "314(2) PC", "451.5 PC", "647.6 PC", "647.6(A)(1) PC", "647A PC",
      "653F(B) PC", "653F(C) PC"})
  void pc290Matches(String cs) {
    assertTrue(GogenPatterns.isPc290(cs), cs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"236.1(A) PC", "243 PC", "262 PC", "264.11 PC", "266(C) PC", "266J(A) PC",
      "267A PC", "288.6 PC", "291 PC", "647(A) PC", "653F PC", "311.2(A) PC", "314 PC", "290 PC"})
  void pc290NonMatches(String cs) {
    assertFalse(GogenPatterns.isPc290(cs), cs);
  }

  @Test
  void pc290UnanchoredFalsePositiveD03() {
    assertTrue(GogenPatterns.isPc290("1261 PC"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"148 PC", "148.9 PC", "602 PC", "466 PC", "11364 HS", "11550 HS", "4140 BP", "4149 BP",
      "4060 BP", "40508 VC", "1320 PC", "1320(a) PC", "1320(B) PC", "647(f) PC"})
  void relatedMatches(String cs) {
    assertTrue(GogenPatterns.isRelated(cs), cs);
  }

  @ParameterizedTest
  @ValueSource(strings = {"148(A) PC", "602(L) PC", "1320.5 PC", "148PC", "11358 HS", "503 VC"})
  void relatedNonMatches(String cs) {
    assertFalse(GogenPatterns.isRelated(cs), cs);
  }

  @Test
  void relatedDefectsD03AndD04() {
    assertTrue(GogenPatterns.isRelated("2148 PC"), "unanchored: 2148 PC matches 148 PC (D-03)");
    assertFalse(GogenPatterns.isRelated("647(F) PC"), "lower-case pattern never matches DOJ text (D-04)");
  }

  @Test
  void losAngelesPairHalves() {
    assertTrue(GogenPatterns.isGangPairOffense("136.1 PC"));
    assertTrue(GogenPatterns.isGangPairOffense("213(A)(1)(A) PC"));
    assertFalse(GogenPatterns.isGangPairOffense("136 PC"));
    assertTrue(GogenPatterns.isGangPairEnhancement("186.22(B)(4) PC"));
    assertFalse(GogenPatterns.isGangPairEnhancement("186.22(B)(1) PC"));
  }

  @Test
  void elevenThreeFiftySevenSubdivisionGroups() {
    assertEquals(1, GogenPatterns.p11357Group("11357(A) HS"));
    assertEquals(1, GogenPatterns.p11357Group("11357(B)HS"));
    assertEquals(2, GogenPatterns.p11357Group("11357(C) HS"));
    assertEquals(2, GogenPatterns.p11357Group("11357(D) - note"));
    assertEquals(0, GogenPatterns.p11357Group("11357 HS"));
  }
}
