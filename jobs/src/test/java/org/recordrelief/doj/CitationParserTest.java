package org.recordrelief.doj;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Offense-text spellings from {@code doj-input-format.md} §7.2 and the gogen fixtures
 * (OFFENSE_DESCR, COMMENT_TEXT), plus the anchoring and compound cases of §7.3.
 */
class CitationParserTest {

  /**
   * Columns: src (OFF = {@link CitationParser#parse}, COM = {@link
   * CitationParser#parseComment}) | text | code | section | subdivisions (comma-separated) | flags
   * (A attempt, C conspiracy, M code-label mismatch, - none) | status | attached (normalized,
   * ';'-separated) | description (not checked when empty).
   */
  @ParameterizedTest(name = "[{index}] {0} ''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # canonical and fixture spellings
          OFF | 11358 HS-CULTIVATE CANNABIS                | HS | 11358   |       | - | OK | | CULTIVATE CANNABIS
          OFF | 11357(C)HS-POSSESS MARIJUANA               | HS | 11357   | C     | - | OK | | POSSESS MARIJUANA
          OFF | 11357(C) HS-POSSESS MARIJUANA              | HS | 11357   | C     | - | OK | | POSSESS MARIJUANA
          OFF | 11357(B)HS-POSSESS MARIJUANA               | HS | 11357   | B     | - | OK | |
          OFF | 11357(b)HS-POSSESS MARIJUANA               | HS | 11357   | B     | - | OK | | POSSESS MARIJUANA
          OFF | 11357(B) HS-POSSESS MARIJUANA              | HS | 11357   | B     | - | OK | |
          OFF | 11359HS-INTENT SELL CANNABIS               | HS | 11359   |       | - | OK | | INTENT SELL CANNABIS
          OFF | 11357 HS-NO SPECIFIED SUBSECTION           | HS | 11357   |       | - | OK | | NO SPECIFIED SUBSECTION
          OFF | 11359 HS-MARIJUANA POSSESION FOR SALE      | HS | 11359   |       | - | OK | |
          OFF | 11359(C) HS-CULTIVATE CANNABIS             | HS | 11359   | C     | - | OK | |
          OFF | 4149 BP - UNLICENSED SALE OF NEEDLES       | BP | 4149    |       | - | OK | | UNLICENSED SALE OF NEEDLES
          OFF | 220 PC- COMMIT MAYHEM                      | PC | 220     |       | - | OK | | COMMIT MAYHEM
          OFF | " 148 PC - RESISTING A PEACE OFFICER"      | PC | 148     |       | - | OK | | RESISTING A PEACE OFFICER
          OFF | 288A(C)(1) PC-LEWD                         | PC | 288A    | C,1   | - | OK | | LEWD
          OFF | 653F PC-SOLICIT                            | PC | 653F    |       | - | OK | | SOLICIT
          OFF | 653F PC-BAD STUFF                          | PC | 653F    |       | - | OK | |
          OFF | 314.1 PC-INDECENT EXPOSURE                 | PC | 314.1   |       | - | OK | |
          OFF | 314(1) PC-INDECENT EXPOSURE                | PC | 314     | 1     | - | OK | |
          OFF | 186.22(B)(4) PC- GANG STUFF                | PC | 186.22  | B,4   | - | OK | | GANG STUFF
          OFF | 136.1 PC-SPYING ON CATS                    | PC | 136.1   |       | - | OK | |
          OFF | 187 PC-MURDER                              | PC | 187     |       | - | OK | | MURDER
          OFF | 266 PC-CRIME                               | PC | 266     |       | - | OK | |
          OFF | 290 PC-REGISTRATION OF SEX OFFENDER        | PC | 290     |       | - | OK | | REGISTRATION OF SEX OFFENDER
          OFF | 4060 BP-POSSESS CTRL SUBSTNCE              | BP | 4060    |       | - | OK | |
          OFF | 503 VC-TAKE CAR W/OUT OWNERS CONSENT       | VC | 503     |       | - | OK | | TAKE CAR W/OUT OWNERS CONSENT
          OFF | 632 PC-SPYING ON CATS                      | PC | 632     |       | - | OK | |
          OFF | 23152(A) VC-DUI                            | VC | 23152   | A     | - | OK | | DUI
          OFF | 4573.6 PC                                  | PC | 4573.6  |       | - | OK | |
          OFF | 11530 HS                                   | HS | 11530   |       | - | OK | |
          OFF | 273AB PC-CHILD ABUSE                       | PC | 273AB   |       | - | OK | |
          OFF | 12022.53(D) PC                             | PC | 12022.53| D     | - | OK | |
          # anchoring: never a substring match
          OFF | 11357.5 HS                                 | HS | 11357.5 |       | - | OK | |
          OFF | 211357 HS                                  | HS | 211357  |       | - | OK | |
          OFF | 1187 PC                                    | PC | 1187    |       | - | OK | |
          OFF | 11362.785 HS                               | HS | 11362.785|      | - | OK | |
          # code label not trusted for 11357-11360
          OFF | 11359 PC                                   | HS | 11359   |       | M | OK | |
          OFF | 11360(A) PC-TRANSPORT MARIJUANA            | HS | 11360   | A     | M | OK | | TRANSPORT MARIJUANA
          OFF | 11359 - POSSESS FOR SALE                   | HS | 11359   |       | M | PARTIAL | | POSSESS FOR SALE
          OFF | 11358                                      | HS | 11358   |       | M | PARTIAL | |
          OFF | 148 - RESISTING                            | UNKNOWN | 148 |      | - | PARTIAL | | RESISTING
          # attempts (664 prefix or suffix)
          OFF | 664-11357(C) HS-POSS                       | HS | 11357   | C     | A | OK | | POSS
          OFF | 664/11357(C) HS                            | HS | 11357   | C     | A | OK | |
          OFF | 664.11357(C) HS                            | HS | 11357   | C     | A | OK | |
          OFF | 66411357(C) HS                             | HS | 11357   | C     | A | OK | |
          OFF | 664 11357(C) HS                            | HS | 11357   | C     | A | OK | |
          OFF | 66411359 PC-SELL                           | HS | 11359   |       | AM | OK | | SELL
          OFF | 664/187(A) PC                              | PC | 187     | A     | A | OK | |
          OFF | 187-664 PC-ATTEMPTED MURDER                | PC | 187     |       | A | OK | | ATTEMPTED MURDER
          OFF | 187(A) PC/664                              | PC | 187     | A     | A | OK | |
          OFF | 664/269 PC                                 | PC | 269     |       | A | OK | |
          OFF | 664 PC-ATTEMPT                             | PC | 664     |       | - | OK | | ATTEMPT
          # decimal sections are not split: only 664 followed by a known 5-digit HS section is fused
          OFF | 66411357.5 HS                              | HS | 66411357.5 |    | - | OK | |
          OFF | 6641 PC                                    | PC | 6641    |       | - | OK | |
          # conspiracy: section 182, target attached
          OFF | 182(A)(1) PC/11359 HS                      | PC | 182     | A,1   | C | OK | HS 11359 |
          OFF | 182(A)(1)/11359 HS                         | PC | 182     | A,1   | C | OK | HS 11359 |
          OFF | 182-11359 HS                               | PC | 182     |       | C | OK | HS 11359 |
          OFF | 182 PC/11359(A) PC-CONSPIRACY              | PC | 182     |       | C | OK | HS 11359(A) | CONSPIRACY
          OFF | 182 PC-CONSPIRACY                          | PC | 182     |       | - | OK | | CONSPIRACY
          # compound citations with the gang enhancement: primary is the underlying offense
          OFF | 246/186.22(B)(4) PC                        | PC | 246     |       | - | OK | PC 186.22(B)(4) |
          OFF | 186.22(B)(4)-136.1 PC                      | PC | 136.1   |       | - | OK | PC 186.22(B)(4) |
          OFF | 215 + 186.22(B)(4) PC                      | PC | 215     |       | - | OK | PC 186.22(B)(4) |
          OFF | 213(A)(1)(A)/186.22(B)(4) PC-ROBBERY       | PC | 213     | A,1,A | - | OK | PC 186.22(B)(4) | ROBBERY
          OFF | 245(A)(1) PC/12022.7 PC                    | PC | 245     | A,1   | - | OK | PC 12022.7 |
          # a hyphen followed by digits that are not a citation starts the description
          OFF | 11359 HS-2 COUNTS                          | HS | 11359   |       | - | OK | | 2 COUNTS
          OFF | 11359 - 2 COUNTS                           | HS | 11359   |       | M | PARTIAL | | 2 COUNTS
          OFF | 664-2 COUNTS                               | UNKNOWN | 664 |      | - | PARTIAL | | 2 COUNTS
          OFF | 664 11357(C) POSS                          | HS | 11357   | C     | AM | PARTIAL | | POSS
          OFF | 11359 HS-11360 HS-SELL                     | HS | 11359   |       | - | OK | HS 11360 | SELL
          OFF | 11359 HS/POSS                              | HS | 11359   |       | - | PARTIAL | | /POSS
          # label variants and unusual shapes
          OFF | 11357 H&S-POSSESS                          | HS | 11357   |       | - | OK | | POSSESS
          OFF | 11358 H & S                                | HS | 11358   |       | - | OK | |
          OFF | 11358 H S-CULTIVATE                        | HS | 11358   |       | - | OK | | CULTIVATE
          OFF | 11358 HSC                                  | HS | 11358   |       | - | OK | |
          OFF | 148 P.C.-RESISTING                         | PC | 148     |       | - | OK | | RESISTING
          OFF | 288APC-LEWD                                | PC | 288A    |       | - | OK | | LEWD
          OFF | 11357 (C) HS                               | HS | 11357   | C     | - | OK | |
          OFF | "11358\tHS-CULTIVATE"                      | HS | 11358   |       | - | OK | | CULTIVATE
          OFF | 5650 FG                                    | FG | 5650    |       | - | OK | |
          OFF | 11358 CULTIVATE                            | HS | 11358   |       | M | PARTIAL | | CULTIVATE
          OFF | PC 148-RESISTING                           | PC | 148     |       | - | PARTIAL | | RESISTING
          OFF | 11357(C HS                                 | HS | 11357   |       | M | PARTIAL | | (C HS
          # no citation
          OFF | SEE COMMENT FOR CHARGE                     | UNKNOWN | |      | - | UNPARSED | |
          OFF | ""                                         | UNKNOWN | |      | - | UNPARSED | |
          OFF | "   "                                      | UNKNOWN | |      | - | UNPARSED | |
          OFF | CHRG 11358 HS                              | UNKNOWN | |      | - | UNPARSED | |
          OFF | POSSESSION OF MARIJUANA                    | UNKNOWN | |      | - | UNPARSED | |
          # COMMENT_TEXT
          COM | CHRG 11358 HS                              | HS | 11358   |       | - | OK | |
          COM | :CHRG 11358 HS                             | HS | 11358   |       | - | OK | |
          COM | CHRG: 664/11359 HS                         | HS | 11359   |       | A | OK | |
          COM | 11358 HS-CULTIVATE CANNABIS                | HS | 11358   |       | - | OK | | CULTIVATE CANNABIS
          COM | 11359 HS-OTHER CANNABIS                    | HS | 11359   |       | - | OK | | OTHER CANNABIS
          COM | "11358 - should be flagged as it's different from OFFENSE_DESCR" | HS | 11358 | | M | PARTIAL | | "should be flagged as it's different from OFFENSE_DESCR"
          COM | 11357(D) - Should be flagged as we distinguish (B) from (D) | HS | 11357 | D | M | PARTIAL | | Should be flagged as we distinguish (B) from (D)
          COM | 11359 - Should be flagged as 11359 != 11358 | HS | 11359  |       | M | PARTIAL | | Should be flagged as 11359 != 11358
          COM | SEE COMMENT FOR CHARGE                     | UNKNOWN | |      | - | UNPARSED | |
          COM | ""                                         | UNKNOWN | |      | - | UNPARSED | |
          """)
  void parsesOffenseText(
      String src,
      String text,
      String code,
      String section,
      String subs,
      String flags,
      String status,
      String attached,
      String description) {
    String input = text == null ? "" : text.replace("\\t", "\t");
    Citation c =
        src.equals("COM")
            ? CitationParser.parseComment(input)
            : CitationParser.parse(input);
    String where = "'" + input + "' → " + c;
    assertEquals(input, c.raw(), "raw is kept unchanged: " + where);
    assertEquals(Citation.ParseStatus.valueOf(status), c.parseStatus(), "status: " + where);
    assertEquals(code, c.code(), "code: " + where);
    assertEquals(section == null ? "" : section, c.section(), "section: " + where);
    assertEquals(list(subs, ","), c.subdivisions(), "subdivisions: " + where);
    assertEquals(flags.contains("A"), c.attempt(), "attempt: " + where);
    assertEquals(flags.contains("C"), c.conspiracy(), "conspiracy: " + where);
    assertEquals(flags.contains("M"), c.codeLabelMismatch(), "codeLabelMismatch: " + where);
    assertEquals(
        list(attached, ";"),
        c.attached().stream().map(Citation::normalized).toList(),
        "attached: " + where);
    if (description != null) {
      assertEquals(description, c.description(), "description: " + where);
    }
  }

  private static List<String> list(String s, String sep) {
    return s == null || s.isBlank()
        ? List.of()
        : Arrays.stream(s.split(sep)).map(String::strip).toList();
  }

  @Test
  void attachedCitationsCarryTheirOwnLabelAndRawText() {
    Citation c = CitationParser.parse("182(A)(1) PC/11359 PC");
    assertTrue(c.conspiracy());
    Citation target = c.attached().get(0);
    assertEquals("11359", target.raw());
    assertEquals("HS", target.code());
    assertTrue(target.codeLabelMismatch(), "target labelled PC is relabelled HS");
    assertFalse(c.codeLabelMismatch(), "the primary (PC 182) is correctly labelled");
    assertTrue(target.isProp64Section());
    assertFalse(c.isProp64Section(), "a conspiracy is not a conviction under 11357-11360");
  }

  @Test
  void normalizedFormShowsAttemptButNotAttached() {
    assertEquals("PC 664/187(A)", CitationParser.parse("664/187(A) PC").normalized());
    assertEquals("HS 11357(C)", CitationParser.parse("11357(c)HS-POSS").normalized());
    assertEquals("PC 182(A)(1)", CitationParser.parse("182(A)(1)/11359 HS").normalized());
    assertEquals("", CitationParser.parse("SEE COMMENT FOR CHARGE").normalized());
  }

  @Test
  void nullIsUnparsed() {
    assertEquals(Citation.ParseStatus.UNPARSED, CitationParser.parse(null).parseStatus());
    assertEquals(Citation.ParseStatus.UNPARSED, CitationParser.parseComment(null).parseStatus());
  }

  @Test
  void neverThrowsOnRandomText() {
    String alphabet = "0123456789664182113571186.22()(/)-+&,. \t:HSPCVBWIMAbcxyz&\"'#*%\u00A0";
    Random random = new Random(64);
    for (int i = 0; i < 50_000; i++) {
      int len = random.nextInt(24);
      StringBuilder sb = new StringBuilder(len);
      for (int k = 0; k < len; k++) {
        sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
      }
      String text = sb.toString();
      for (boolean comment : new boolean[] {false, true}) {
        Citation c = CitationParser.parseStrict(text, comment);
        assertNotNull(c, text);
        assertEquals(text, c.raw());
        assertNotNull(c.code(), text);
        assertNotNull(c.section(), text);
        assertNotNull(c.description(), text);
        assertEquals(c.isParsed(), !c.section().isEmpty(), "parsed iff a section: '" + text + "'");
        for (Citation a : c.attached()) {
          assertTrue(a.isParsed() && a.attached().isEmpty(), text);
        }
      }
    }
  }

  @Test
  void neverThrowsOnArbitraryUnicode() {
    Random random = new Random(17);
    for (int i = 0; i < 20_000; i++) {
      char[] cs = new char[random.nextInt(16)];
      for (int k = 0; k < cs.length; k++) {
        cs[k] = (char) random.nextInt(0x10000);
      }
      String text = new String(cs);
      assertNotNull(CitationParser.parseStrict(text, false));
      assertNotNull(CitationParser.parseStrict(text, true));
    }
  }
}
