package org.recordrelief.doj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Anchored list matching, including the tested non-matches of {@code prop64-rules.md} §7. */
class SectionPatternTest {

  /** Super strikes: gogen's list (prop64-rules §7.2) written as anchored patterns. */
  static final SectionList SUPER_STRIKES =
      SectionList.of(
          "PC 37", "PC 128", "PC 187*", "PC 188", "PC 189", "PC 189.1", "PC 189.5", "PC 190*",
          "PC 190.1*", "PC 190.2*", "PC 190.25*", "PC 191", "PC 191.5", "PC 205", "PC 207",
          "PC 209", "PC 209.5", "PC 217.1", "PC 218", "PC 219", "PC 220", "PC 245(D)(3)",
          "PC 261*", "PC 262*", "PC 264.1", "PC 269", "PC 273AB*", "PC 286", "PC 286(C)(1)*",
          "PC 286(C)(2)*", "PC 286(C)(3)*", "PC 286(D)(1)", "PC 286(D)(2)", "PC 286(D)(3)",
          "PC 287", "PC 288", "PC 288(A)", "PC 288(B)(1)", "PC 288(B)(2)", "PC 288A",
          "PC 288A(D)", "PC 288A(C)(1)", "PC 288A(C)(2)(A)", "PC 288A(C)(2)(B)",
          "PC 288A(C)(2)(C)", "PC 288.5", "PC 288.5(A)", "PC 289", "PC 289(J)",
          "PC 289(A)(1)(A)", "PC 289(A)(1)(B)", "PC 289(A)(1)(C)", "PC 289(A)(2)(C)",
          "PC 451.5", "PC 653F", "PC 667.61", "PC 667.7", "PC 667.71", "PC 4500",
          "PC 11418(A)(1)", "PC 11418(B)(1)", "PC 11418(B)(2)", "PC 12308", "PC 12310",
          "PC 18745", "PC 18755", "MV 1672(A)");

  /** PC 290 registrable offenses: gogen's list (prop64-rules §7.3). */
  static final SectionList PC290 =
      SectionList.of(
          "PC 236.1(B)*", "PC 236.1(C)*", "PC 243.4*", "PC 261*", "PC 262(A)", "PC 262(A)(1)",
          "PC 264.1*", "PC 266", "PC 266C", "PC 266H(B)*", "PC 266I(B)*", "PC 266J", "PC 267",
          "PC 269*", "PC 272", "PC 285", "PC 287", "PC 286*", "PC 288*", "PC 288A*",
          "PC 288.2*", "PC 288.3*", "PC 288.4*", "PC 288.5*", "PC 288.7*", "PC 289*",
          "PC 311.1*", "PC 311.2(B)", "PC 311.2(C)", "PC 311.2(D)", "PC 311.3*", "PC 311.4*",
          "PC 311.10*", "PC 311.11*", "PC 314(1)", "PC 314(2)", "PC 451.5", "PC 647.6*",
          "PC 647A*", "PC 653F(B)", "PC 653F(C)");

  /** Related charges (prop64-rules §7.4). */
  static final SectionList RELATED =
      SectionList.of(
          "PC 647(F)*", "PC 602*", "PC 466*", "PC 148.9*", "PC 148*", "HS 11364*", "HS 11550*",
          "BP 4140*", "BP 4149*", "BP 4060*", "VC 40508*", "PC 1320*");

  static final SectionList PROP64 = SectionList.of("HS 11357*", "HS 11358*", "HS 11359*", "HS 11360*");

  private static Citation cite(String text) {
    Citation c = CitationParser.parse(text);
    assertTrue(c.isParsed(), "test input must parse: " + text);
    return c;
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "187 PC", "187(A) PC-MURDER", "664/187(A) PC", "187-664 PC-ATTEMPTED MURDER",
        "217.1 PC", "286 PC", "286(C)(1) PC", "286(C)(1)(B) PC", "288A(C)(1) PC-LEWD",
        "653F PC-BAD STUFF", "190.2(A)(4) PC", "190.25(B) PC", "273AB(A) PC", "1672(A) MV",
        "245(D)(3) PC", "261(A)(2) PC", "187 - MURDER"
      })
  void superStrikeMatches(String text) {
    assertTrue(SUPER_STRIKES.matches(cite(text)), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // prop64-rules §7.2 tested non-matches
        "186.22(B)(4) PC", "136.1 PC", "246 PC", "189.2 PC", "1900 PC", "191(A) PC",
        "205.1 PC", "217.1(A) PC", "261.5 PC", "273(A) PC", "286(C) PC", "288(B) PC",
        "288B PC", "653(F) PC", "667.6 PC", "667.72 PC", "4500(A) PC", "11418(A)(2) PC",
        "18745(A) PC", "1672(B) MV",
        // unanchored matching defects (D-03)
        "1187 PC", "1261 PC", "2187 PC", "187.1 PC",
        // a known, different code
        "187 VC", "1672(A) PC"
      })
  void superStrikeNonMatches(String text) {
    assertFalse(SUPER_STRIKES.matches(cite(text)), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "288(A) PC", "288A PC", "288.7(B) PC", "261(A)(2) PC", "286(B)(1) PC", "236.1(B)(2) PC",
        "314(1) PC-INDECENT EXPOSURE", "653F(C) PC", "311.11(A) PC", "647A PC"
      })
  void pc290Matches(String text) {
    assertTrue(PC290.matches(cite(text)), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        // prop64-rules §7.3 tested non-matches
        "236.1(A) PC", "243 PC", "262 PC", "264.11 PC", "266(C) PC", "266J(A) PC", "267A PC",
        "288.6 PC", "291 PC", "647(A) PC", "653F PC", "1261 PC",
        // gogen's "261 followed by a decimal" caught 261.5; anchored lists need an explicit entry
        "261.5 PC",
        "314.1 PC-INDECENT EXPOSURE", "290 PC-REGISTRATION OF SEX OFFENDER"
      })
  void pc290NonMatches(String text) {
    assertFalse(PC290.matches(cite(text)), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          647(F) PC-DRUNK IN PUBLIC      | true
          647(f) PC                      | true
          148(A) PC                      | true
          602(L) PC                      | true
          " 148 PC - RESISTING A PEACE OFFICER" | true
          4149 BP - UNLICENSED SALE OF NEEDLES | true
          1320(B) PC                     | true
          1320 PC                        | true
          1320.5 PC                      | false
          2148 PC                        | false
          647 PC                         | false
          647(A) PC                      | false
          148 VC                         | false
          """)
  void relatedCharges(String text, boolean expected) {
    assertEquals(expected, RELATED.matches(cite(text)), text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          11357(C)HS-POSSESS MARIJUANA   | true
          11357(b)HS-POSSESS MARIJUANA   | true
          11359HS-INTENT SELL CANNABIS   | true
          11359 PC                       | true
          11359 - POSSESS FOR SALE       | true
          664-11357(C) HS-POSS           | true
          66411357(C) HS                 | true
          11360(A) HS                    | true
          11357.5 HS                     | false
          211357 HS                      | false
          111358 HS                      | false
          11361 HS                       | false
          11362.1 HS                     | false
          182(A)(1) PC/11359 HS          | false
          4573.6 PC                      | false
          11530 HS                       | false
          """)
  void prop64Sections(String text, boolean expected) {
    assertEquals(expected, PROP64.matches(cite(text)), text);
  }

  @Test
  void exactPatternRejectsSubdivisionsAndWildcardNeedsPrefix() {
    SectionPattern exact = SectionPattern.parse("286");
    assertTrue(exact.matches(cite("286 PC")));
    assertFalse(exact.matches(cite("286(C) PC")));
    SectionPattern deep = SectionPattern.parse("286(C)(1)*");
    assertTrue(deep.matches(cite("286(C)(1) PC")));
    assertTrue(deep.matches(cite("286(c)(1)(a) PC")));
    assertFalse(deep.matches(cite("286(C) PC")));
    assertFalse(deep.matches(cite("286(C)(2) PC")));
    assertFalse(SectionPattern.parse("217.1").matches(cite("217.1(A) PC")));
  }

  @Test
  void codeInPatternExcludesOnlyAKnownDifferentCode() {
    SectionPattern p = SectionPattern.parse("PC 187*");
    assertTrue(p.matches(cite("187 PC")));
    assertTrue(p.matches(cite("187 - MURDER")), "UNKNOWN code may match");
    assertFalse(p.matches(cite("187 VC")));
    assertTrue(SectionPattern.parse("187*").matches(cite("187 VC")), "no code in pattern: any code");
  }

  @Test
  void attemptFlagIsNotConsidered() {
    Citation attempted = cite("664/187(A) PC");
    assertTrue(attempted.attempt());
    assertTrue(SectionPattern.parse("187*").matches(attempted));
  }

  @Test
  void unparsedNeverMatches() {
    assertFalse(SectionPattern.parse("187*").matches(CitationParser.parse("SEE COMMENT FOR CHARGE")));
    assertFalse(SectionPattern.parse("187*").matches(null));
    assertFalse(PROP64.matches(CitationParser.parse("")));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          hs 11357*        | HS 11357*
          " 217.1 "        | 217.1
          PC 286(c)(1)*    | PC 286(C)(1)*
          MV   1672(A)     | MV 1672(A)
          288a(C)(2)(b)    | 288A(C)(2)(B)
          """)
  void canonicalForm(String pattern, String canonical) {
    assertEquals(canonical, SectionPattern.parse(pattern).toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "   ", "PC", "PC187", "XX 187", "187(", "187()", "187(A", "187**", "187 PC",
        "187.", "11357-5", "*", "187(A)x", "288ABC", "H&S 11357"})
  void malformedPatternsAreRejected(String pattern) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SectionPattern.parse(pattern));
    assertTrue(e.getMessage().contains("Malformed section pattern"), e.getMessage());
  }

  @Test
  void listNamesTheBadEntry() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> SectionList.parse(List.of("187*", "217.1", "28 6")));
    assertTrue(e.getMessage().startsWith("Section list entry 3: Malformed section pattern '28 6'"),
        e.getMessage());
  }

  @Test
  void firstMatchReportsThePattern() {
    assertEquals("PC 286*", PC290.firstMatch(cite("286(C)(1) PC")).orElseThrow().toString());
    assertEquals("PC 286(C)(1)*",
        SUPER_STRIKES.firstMatch(cite("286(C)(1)(A) PC")).orElseThrow().toString());
    assertEquals(SUPER_STRIKES.size(), SUPER_STRIKES.patterns().size());
  }
}
