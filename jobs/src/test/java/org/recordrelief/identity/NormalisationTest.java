package org.recordrelief.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class NormalisationTest {
  private static final List<String> PLACEHOLDERS =
      List.of("19000101", "99999999", "00000000", "yyyy0101");

  @Test
  void namesSplitSuffixDiacriticsPunctuationAndCompoundSurnames() {
    PersonName n = PersonName.parse("  García-López, José  María Jr. ");
    assertEquals("GARCIA LOPEZ", n.last());
    assertEquals("JOSE", n.first());
    assertEquals("MARIA", n.middle());
    assertEquals("JR", n.suffix());
    assertEquals(List.of("GARCIA", "LOPEZ"), n.surnameTokens());
    assertEquals("GARCIA LOPEZ,JOSE", n.key());
    assertEquals(n, PersonName.fromText(n.text()));
    PersonName o = PersonName.parse("O'BRIEN III,SEAN");
    assertEquals("OBRIEN", o.last());
    assertEquals("III", o.suffix());
    assertEquals("", PersonName.parse("SMITH").first());
    assertNull(PersonName.parse(" , . "));
    assertNull(PersonName.parse(null));
  }

  @Test
  void nicknamesMapToTheirCanonicalName() {
    assertEquals("ROBERT", Nicknames.canonical("BOB"));
    assertEquals("ROBERT", Nicknames.canonical("ROBERT"));
    assertEquals("GUADALUPE", Nicknames.canonical("LUPE"));
    assertEquals("ZEBEDEE", Nicknames.canonical("ZEBEDEE"));
  }

  @Test
  void strongIdsLoseSeparatorsAndPlaceholders() {
    assertEquals("F1234567", IdentityValues.strongId(" f123-4567 "));
    assertNull(IdentityValues.strongId("000000000"));
    assertNull(IdentityValues.strongId("123456789"));
    assertNull(IdentityValues.strongId("987654321"));
    assertNull(IdentityValues.strongId("7777777"));
    assertNull(IdentityValues.strongId("AB1"));
    assertNull(IdentityValues.strongId("NULL"));
    assertEquals("521447812", IdentityValues.ssn("521-44-7812"));
    assertNull(IdentityValues.ssn("000-00-0000"));
    assertNull(IdentityValues.ssn("123-45-6789"));
    assertNull(IdentityValues.ssn("666-12-3456"));
    assertNull(IdentityValues.ssn("52144781"));
  }

  @Test
  void ciiIsValidatedAndGivesTheProfileId() {
    assertEquals("A123456789", IdentityValues.cii(" a123456789 "));
    assertEquals("0123456789", IdentityValues.cii("0123456789"));
    assertNull(IdentityValues.cii("A12345678"));
    assertNull(IdentityValues.cii("AB23456789"));
    assertEquals("C:A123456789", IdentityValues.profileId("A123456789", "100"));
    assertEquals("S:100", IdentityValues.profileId("12-34", "100"));
  }

  @Test
  void dobsParseWithStatusPlaceholdersAndPartials() {
    IdentityValues.Dob d = IdentityValues.dob("19800215", PLACEHOLDERS);
    assertEquals("19800215", d.exact());
    assertEquals(1980, d.year());
    assertEquals(IdentityValues.Dob.Status.EXACT, d.status());
    IdentityValues.Dob jan1 = IdentityValues.dob("19800101", PLACEHOLDERS);
    assertNull(jan1.exact());
    assertEquals(1980, jan1.year()); // still blocks on the year
    assertEquals(IdentityValues.Dob.Status.PLACEHOLDER, jan1.status());
    IdentityValues.Dob old = IdentityValues.dob("19000101", PLACEHOLDERS);
    assertNull(old.year());
    IdentityValues.Dob partial = IdentityValues.dob("19800000", PLACEHOLDERS);
    assertEquals(IdentityValues.Dob.Status.PARTIAL, partial.status());
    assertEquals(1980, partial.year());
    assertEquals(IdentityValues.Dob.Status.INVALID,
        IdentityValues.dob("19800231", PLACEHOLDERS).status());
    assertEquals(IdentityValues.Dob.Status.INVALID,
        IdentityValues.dob("1980-02-15", PLACEHOLDERS).status());
    assertEquals(IdentityValues.Dob.Status.BLANK, IdentityValues.dob(" ", PLACEHOLDERS).status());
    assertEquals("19800502", IdentityValues.swapDayMonth("19800205"));
    assertNull(IdentityValues.swapDayMonth("19800513"));
    assertNull(IdentityValues.swapDayMonth("19800505"));
  }

  @Test
  void sexAndRaceUnknownsAreNull() {
    assertEquals("M", IdentityValues.sex("male"));
    assertEquals("F", IdentityValues.sex("F"));
    assertNull(IdentityValues.sex("X"));
    assertNull(IdentityValues.race("UNKNOWN"));
    assertEquals("HISPANIC", IdentityValues.race(" hispanic "));
  }
}
