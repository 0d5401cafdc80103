package org.recordrelief.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.typesafe.config.ConfigFactory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.recordrelief.config.Settings;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.CitationParser;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.doj.DojDate;
import org.recordrelief.eligibility.ChargeFacts;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.eligibility.HistoryEvent;
import org.recordrelief.eligibility.Level;
import org.recordrelief.eligibility.OffenseDateSource;
import org.recordrelief.eligibility.Outcome;
import org.recordrelief.eligibility.PersonHistory;
import org.recordrelief.eligibility.SentenceInfo;
import org.recordrelief.eligibility.StatutorySettings;
import org.recordrelief.eligibility.Track;
import org.recordrelief.generate.CaseModel.Agency;
import org.recordrelief.generate.CaseModel.CountModel;
import org.recordrelief.generate.CaseModel.Kind;
import org.recordrelief.generate.CaseModel.SentencePart;

/**
 * The facts behind the expected outcomes: citations agree with what a reader finds in the written
 * text, and dates, sentences, DOB and events follow {@code doj-input-format.md} from the drawn
 * values.
 */
class ExpectedOutcomesTest {
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);
  private static final StatutorySettings DEFAULTS = Generator.defaultStatutorySettings();

  // ------------------------------------------------------------------ citations

  @Test
  void citationsAgreeWithWhatTheParserReadsFromTheWrittenText() {
    // Every text shape the generator writes, many times over: attempts, PC labels, comment-only
    // charges, fused codes, spaced hyphens, lower-case subdivisions, no description.
    GeneratorSettings s =
        GeneratorSettings.defaults()
            .withOverrides(
                Map.of(
                    "attemptRate", 0.3,
                    "codeLabelMismatchRate", 0.3,
                    "commentOnlyRate", 0.2,
                    "offenseTextVariantRate", 0.8));
    List<Offense> offenses = new ArrayList<>();
    for (OffenseCatalog.Pool pool :
        List.of(
            OffenseCatalog.PROP64_ADULT,
            OffenseCatalog.PROP64_JUVENILE,
            OffenseCatalog.LOOKALIKES,
            OffenseCatalog.SUPER_STRIKES,
            OffenseCatalog.PC290_OFFENSES,
            OffenseCatalog.RELATED_OFFENSES,
            OffenseCatalog.OTHER_OFFENSES)) {
      offenses.addAll(pool.all());
    }
    offenses.add(OffenseCatalog.MINOR_COMPANION);
    offenses.add(OffenseCatalog.ENVIRONMENTAL_COMPANION);
    SplittableRandom rng = new SplittableRandom(64);
    StringBuilder scratch = new StringBuilder();
    int checked = 0;
    for (Offense o : offenses) {
      for (int i = 0; i < 200; i++) {
        Charge ch = Charge.render(o, rng.nextBoolean(), rng.nextBoolean(), s, rng, scratch);
        Citation ours = ExpectedOutcomes.citation(ch);
        Citation read = ch.commentOnly
            ? CitationParser.parseComment(ch.comment)
            : CitationParser.parse(ch.text);
        String what = (ch.commentOnly ? ch.comment : ch.text) + ": ";
        assertEquals(read.code(), ours.code(), what + "code");
        assertEquals(read.section(), ours.section(), what + "section");
        assertEquals(read.subdivisions(), ours.subdivisions(), what + "subdivisions");
        assertEquals(read.attempt(), ours.attempt(), what + "attempt");
        assertEquals(read.conspiracy(), ours.conspiracy(), what + "conspiracy");
        assertEquals(read.codeLabelMismatch(), ours.codeLabelMismatch(), what + "label mismatch");
        assertEquals(read.description(), ours.description(), what + "description");
        assertEquals(read.attached().size(), ours.attached().size(), what + "attached");
        for (int k = 0; k < ours.attached().size(); k++) {
          assertEquals(read.attached().get(k).sectionKey(), ours.attached().get(k).sectionKey());
        }
        assertTrue(read.isParsed(), what + "parsed");
        checked++;
      }
    }
    assertTrue(checked > 10_000, "texts checked: " + checked);
  }

  @Test
  void registrationAndDeathSteps() {
    assertEquals("290", ExpectedOutcomes.citation(Charge.registration(OffenseCatalog.REG_290))
        .section());
    assertFalse(ExpectedOutcomes.citation(Charge.none()).isParsed());
  }

  // ------------------------------------------------------------------ one person by hand

  private static TruePerson person(DatePrecision dobPrecision) {
    TruePerson p = new TruePerson();
    p.subjectId = "12345678";
    p.dob = day(1970, 5, 17);
    p.dobPrecision = dobPrecision;
    return p;
  }

  private static int day(int y, int m, int d) {
    return (int) LocalDate.of(y, m, d).toEpochDay();
  }

  /** A cycle with an arrest on {@code offense} and a court step 40 days later. */
  private static CaseModel cycle(int number, int offense, DatePrecision cyclePrecision) {
    CaseModel c = new CaseModel(Kind.PROP64_CONVICTION, number);
    c.cycleNumber = number;
    c.cycleDate = offense;
    c.cycleDatePrecision = cyclePrecision;
    c.cycleDateRaw = Dates.raw(offense, cyclePrecision);
    c.hasArrest = true;
    c.hasCourt = true;
    c.courtDate = offense + 40;
    c.courtDatePrecision = DatePrecision.DAY;
    c.courtDateRaw = Dates.raw(c.courtDate, DatePrecision.DAY);
    c.courtAgency = Agency.SUPERIOR_COURT;
    c.county = 0;
    return c;
  }

  private static CountModel convicted(Offense o, String level) {
    GeneratorSettings s = GeneratorSettings.defaults().withOverrides(Map.of(
        "attemptRate", 0.0, "codeLabelMismatchRate", 0.0, "offenseTextVariantRate", 0.0));
    Charge charge = Charge.render(o, false, false, s, new SplittableRandom(1), new StringBuilder());
    CountModel m = new CountModel(charge);
    m.convicted = true;
    m.toc = level;
    m.convStat = "F".equals(level) ? "FELONY" : "MISDEMEANOR";
    m.courtDisposition = "CONVICTED-PROBATION";
    return m;
  }

  private static SentencePart probationYears(int years) {
    String length = Integer.toString(years);
    return new SentencePart("1", "P", "PROBATION", length, "Y", "YEARS", years, 'Y');
  }

  private static SentencePart jailDays(int days) {
    return new SentencePart("2", "J", "JAIL", Integer.toString(days), "D", "DAYS", days, 'D');
  }

  private static SentencePart fine() {
    return new SentencePart("3", "F", "FINE", "", "", "", 0, SentencePart.NO_UNIT);
  }

  private static DojDate exact(CaseModel c) {
    return Dates.dojDate(c.courtDate, c.courtDatePrecision);
  }

  @Test
  void datesAndSentenceFollowTheInputSpecification() {
    ExpectedOutcomes ex = new ExpectedOutcomes(DEFAULTS, AS_OF);
    ex.startPerson(person(DatePrecision.DAY));
    ex.keptRow(true);

    // Cycle 101: cycle date known; probation 3 years and 30 days' jail: MAX = 3 years.
    CaseModel a = cycle(101, day(2005, 3, 1), DatePrecision.DAY);
    CountModel am = convicted(OffenseCatalog.P11359, "F");
    ex.arrestCount(a, am, "101001001000", Dates.dojDate(a.cycleDate, DatePrecision.DAY));
    ex.conviction(a, am, "101002001000", exact(a), Dates.dojDate(a.cycleDate, DatePrecision.DAY),
        List.of(probationYears(3), jailDays(30), fine()));

    // Cycle 102: CYC_DATE replaced by an invalid value: the arrest step date stands in.
    CaseModel b = cycle(102, day(2008, 7, 4), DatePrecision.DAY);
    CountModel bm = convicted(OffenseCatalog.P11358, "F");
    ex.arrestCount(b, bm, "102001001000", Dates.dojDate(b.cycleDate, DatePrecision.DAY));
    ex.conviction(b, bm, "102002001000", exact(b), Dates.invalid("20080231"), List.of(fine()));

    // Cycle 103: no usable cycle or arrest date: the conviction date, which is partial.
    CaseModel c = cycle(103, day(2010, 2, 2), DatePrecision.DAY);
    c.courtDatePrecision = DatePrecision.YEAR;
    CountModel cm = convicted(OffenseCatalog.P11360A, "F");
    ex.arrestCount(c, cm, "103001001000", Dates.invalid("2010-02-2"));
    ex.conviction(c, cm, "103002001000", Dates.dojDate(c.courtDate, DatePrecision.YEAR),
        Dates.invalid("00000000"), List.of(probationYears(2)));

    // Cycle 104: no sentence at all.
    CaseModel d = cycle(104, day(2012, 9, 9), DatePrecision.MONTH);
    CountModel dm = convicted(OffenseCatalog.P11357B, "M");
    ex.conviction(d, dm, "104002001000", exact(d), Dates.dojDate(d.cycleDate, DatePrecision.MONTH),
        List.of(SentencePart.ABSENT));

    PersonHistory h = ex.history();
    assertEquals(LocalDate.of(1970, 5, 17), h.dob().primary().value());
    List<ConvictionFacts> cf = h.convictions();
    assertEquals(4, cf.size());

    ConvictionFacts c1 = cf.get(0);
    assertEquals(OffenseDateSource.CYCLE, c1.offenseDateSource());
    assertEquals(Level.F, c1.levelAtConviction());
    assertEquals(SentenceInfo.Basis.PARTS, c1.sentence().basis());
    assertEquals(LocalDate.of(2008, 4, 10), c1.sentence().end().value(), "MAX: 3 years");

    ConvictionFacts c2 = cf.get(1);
    assertEquals(OffenseDateSource.ARREST_STEP, c2.offenseDateSource());
    assertEquals(LocalDate.of(2008, 7, 4), c2.offenseDate().value());
    assertEquals(c2.convictionDate().value(), c2.sentence().end().value(), "a fine: no duration");

    ConvictionFacts c3 = cf.get(2);
    assertEquals(OffenseDateSource.CONVICTION, c3.offenseDateSource());
    assertEquals(DatePrecision.YEAR, c3.convictionDate().precision());
    assertEquals(LocalDate.of(2012, 1, 1), c3.sentence().end().earliest(), "partial: interval");
    assertEquals(LocalDate.of(2012, 12, 31), c3.sentence().end().latest());

    ConvictionFacts c4 = cf.get(3);
    assertEquals(SentenceInfo.Basis.ABSENT, c4.sentence().basis());
    assertEquals(DatePrecision.MONTH, c4.offenseDate().precision());

    assertEquals(3, h.otherCounts().size(), "the arrest counts");
    assertTrue(h.otherCounts().stream().allMatch(x -> x.stepKind() == ChargeFacts.StepKind.ARREST));

    Map<String, Determination> out = ex.evaluate();
    assertEquals(4, out.size());
    Determination d1 = out.get("101002001000");
    assertEquals(Outcome.REDUCE_TO_MISDEMEANOR, d1.outcome());
    assertEquals("S-2", d1.decisiveRuleId());
    assertEquals(Track.REDESIGNATE_11361_8_E_H, d1.track());
    assertEquals(Track.REDESIGNATE_11361_8_E_H, out.get("103002001000").track(),
        "a partial conviction date with a sentence that surely ended");
    assertEquals(Outcome.DISMISS_AND_SEAL, out.get("104002001000").outcome());
  }

  @Test
  void dobOnlyWhenAKeptRowCarriesItAndEventsFromSteps() {
    ExpectedOutcomes ex = new ExpectedOutcomes(DEFAULTS, AS_OF);
    ex.startPerson(person(DatePrecision.DAY));
    ex.keptRow(false); // every kept row had its PRI_DOB replaced
    CaseModel reg = new CaseModel(Kind.REGISTRATION, 0);
    reg.cycleDate = day(2001, 1, 1);
    CountModel rm = new CountModel(Charge.registration(OffenseCatalog.REG_290));
    ex.event(reg, rm, "101001001000", Dates.dojDate(reg.cycleDate, DatePrecision.DAY));
    CaseModel dead = new CaseModel(Kind.DECEASED, 1);
    ex.event(dead, new CountModel(Charge.none()), "102001001000", DojDate.unknown());
    PersonHistory h = ex.history();
    assertFalse(h.dob().primary().isKnown());
    assertTrue(h.hasPc290Registration());
    assertTrue(h.deceased());
    assertEquals(2, h.events().size());
    assertTrue(h.events().stream().anyMatch(e -> e.type() == HistoryEvent.Type.DECEASED));
    assertTrue(ex.evaluate().isEmpty(), "no conviction, no determination");

    ex.startPerson(person(DatePrecision.YEAR));
    ex.keptRow(true);
    PersonHistory partial = ex.history();
    assertEquals(DatePrecision.YEAR, partial.dob().primary().precision());
    assertTrue(partial.events().isEmpty(), "a new person forgets the last one");
    assertNull(partial.dob().primary().value());
  }

  @Test
  void derivationSwitches() {
    StatutorySettings sum = Settings.load(ConfigFactory.parseString(
        "recordrelief.rules.sentencePartCombination = SUM")).statutory();
    ExpectedOutcomes ex = new ExpectedOutcomes(sum, AS_OF);
    ex.startPerson(person(DatePrecision.DAY));
    CaseModel a = cycle(101, day(2005, 3, 1), DatePrecision.DAY);
    ex.conviction(a, convicted(OffenseCatalog.P11359, "F"), "101002001000", exact(a),
        Dates.dojDate(a.cycleDate, DatePrecision.DAY), List.of(probationYears(3), jailDays(30)));
    assertEquals(LocalDate.of(2008, 5, 10),
        ex.history().convictions().get(0).sentence().end().value(), "SUM: 3 years then 30 days");

    StatutorySettings disp = Settings.load(ConfigFactory.parseString(
        "recordrelief.rules.convictionDateSource = DISP_DATE_THEN_STEP_EVENT_DATE")).statutory();
    assertThrows(IllegalArgumentException.class, () -> new ExpectedOutcomes(disp, AS_OF));
  }
}
