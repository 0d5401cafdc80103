package org.recordrelief.generate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.recordrelief.doj.Citation;
import org.recordrelief.doj.DatePrecision;
import org.recordrelief.doj.DojDate;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.ChargeFacts;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.Determination;
import org.recordrelief.eligibility.DobInfo;
import org.recordrelief.eligibility.Flag;
import org.recordrelief.eligibility.HistoryEvent;
import org.recordrelief.eligibility.Level;
import org.recordrelief.eligibility.OffenseDateSource;
import org.recordrelief.eligibility.PersonHistory;
import org.recordrelief.eligibility.SentenceInfo;
import org.recordrelief.eligibility.StatutoryEvaluator;
import org.recordrelief.eligibility.StatutorySettings;
import org.recordrelief.eligibility.StatutorySettings.ConvictionDateRule;
import org.recordrelief.eligibility.StatutorySettings.OffenseDateRule;
import org.recordrelief.eligibility.StatutorySettings.SentencePartCombination;
import org.recordrelief.generate.CaseModel.Agency;
import org.recordrelief.generate.CaseModel.CountModel;
import org.recordrelief.generate.CaseModel.Kind;
import org.recordrelief.generate.CaseModel.SentencePart;

/**
 * The expected statutory outcome of every convicted count of one true person, computed from the
 * generator's own structured truth and never from the text it wrote.
 *
 * <p>While {@link RowEmitter} writes a person's rows it reports every count that keeps at least one
 * row (a quarantined row does not exist for the pipeline, so it does not exist here either); this
 * class turns those counts into the statutory engine's fact model ({@link PersonHistory}) and
 * evaluates it with {@link StatutoryEvaluator#evaluateAll} at the extract date. Each fact is taken
 * from what the generator drew, following {@code doj-input-format.md}:
 *
 * <ul>
 *   <li><b>Citations</b> are built from the catalog {@link Offense} and the {@link Charge} that was
 *       rendered (section, subdivisions, attempt, attached gang enhancement, description as
 *       written, code label), §7.1–§7.4. HS 11357–11360 always get code HS, with {@code
 *       codeLabelMismatch} when written with another label.
 *   <li><b>Dates</b> are the drawn day with the drawn precision (a partial date stays an
 *       interval); a value replaced by an injected invalid date is unknown. Count-level dates come
 *       from the count's first kept row (§3.3): conviction date = the court step date (§6.3);
 *       offense date = the cycle date, else the latest kept arrest-step date of the cycle on or
 *       before the conviction date, else the conviction date (§6.4).
 *   <li><b>Level</b> is the level the count's rows state (§6.2); no later record updates are
 *       generated, so the current level is the same and nothing is already relieved.
 *   <li><b>Sentence</b>: the kept sentence parts from the drawn lengths and units; part end =
 *       conviction date + length in calendar days, months or years, a fine ends the day it is
 *       imposed; parts combine by the configured rule (default MAX). A partial conviction date
 *       gives an interval end, an unknown one an unknown end. No part at all: absent (§6.5).
 *   <li><b>Juvenile court</b>: the court step was drawn as a juvenile court (§6.6).
 *   <li><b>Non-convictions</b> (arrest counts, dismissed court counts, registration and death
 *       steps) are {@link ChargeFacts}; registration and death steps are also events; the DOB is
 *       the drawn DOB when at least one kept row carries it (none with an invalid PRI_DOB).
 * </ul>
 *
 * Flags are not part of the truth; outcome, candidate, track and the deciding rule are.
 *
 * <p>The derivation switches of {@code recordrelief.rules} are honoured where the generator can
 * state the fact ({@code offenseDateSource}, {@code sentencePartCombination},
 * {@code sentenceAbsentCompletedAfterYears} through the settings); {@code convictionDateSource =
 * DISP_DATE_THEN_STEP_EVENT_DATE} is rejected. {@code useCycAgeFallback} has no effect (the engine
 * ages from the DOB) and juvenile courts are recognised by the drawn agency. One instance serves
 * every person in turn; it is not thread-safe.
 */
final class ExpectedOutcomes {
  private final StatutorySettings settings;
  private final LocalDate asOf;
  private final boolean sumParts;
  private final boolean offenseFromConviction;

  // the current person
  private TruePerson person;
  private boolean dobOnKeptRow;
  private final List<ConvictionFacts> convictions = new ArrayList<>();
  private final List<ChargeFacts> charges = new ArrayList<>();
  private final List<HistoryEvent> events = new ArrayList<>();
  /** Kept arrest-step dates of the cycle being written (the offense-date fallback). */
  private final List<DojDate> arrestDates = new ArrayList<>(4);

  private CaseModel arrestCycle;

  /**
   * @param settings the statutory settings the pipeline runs with
   * @param asOf the evaluation date (the generator's extract date)
   * @throws IllegalArgumentException for a derivation switch the generator cannot honour
   */
  ExpectedOutcomes(StatutorySettings settings, LocalDate asOf) {
    this.settings = settings;
    this.asOf = asOf;
    StatutorySettings.DerivationSettings d = settings.derivation();
    if (d.convictionDateSource() != ConvictionDateRule.STEP_EVENT_DATE) {
      throw new IllegalArgumentException(
          "expected outcomes need recordrelief.rules.convictionDateSource = STEP_EVENT_DATE, not "
              + d.convictionDateSource());
    }
    this.sumParts = d.sentencePartCombination() == SentencePartCombination.SUM;
    this.offenseFromConviction = d.offenseDateSource() == OffenseDateRule.CONVICTION_DATE;
  }

  LocalDate asOf() {
    return asOf;
  }

  /** Starts a person: forgets the previous one. */
  void startPerson(TruePerson p) {
    person = p;
    dobOnKeptRow = false;
    convictions.clear();
    charges.clear();
    events.clear();
    arrestDates.clear();
    arrestCycle = null;
  }

  /** A kept row; {@code dobAsDrawn} is false when an injected invalid date replaced its PRI_DOB. */
  void keptRow(boolean dobAsDrawn) {
    dobOnKeptRow |= dobAsDrawn;
  }

  /** A registration or death step (one count, one kept row). */
  void event(CaseModel c, CountModel m, String cntOrder, DojDate stepDate) {
    CountKey key = key(cntOrder);
    charges.add(
        new ChargeFacts(
            key,
            citation(m.charge),
            stepDate,
            ChargeFacts.StepKind.OTHER,
            ChargeFacts.Disposition.BLANK));
    HistoryEvent.Type type =
        c.kind == Kind.DECEASED
            ? HistoryEvent.Type.DECEASED
            : m.charge.offense == OffenseCatalog.REG_290
                ? HistoryEvent.Type.PC290_REGISTRATION
                : HistoryEvent.Type.OTHER_REGISTRATION;
    events.add(new HistoryEvent(type, stepDate, key));
  }

  /** A count of an arrest step with its kept row. */
  void arrestCount(CaseModel c, CountModel m, String cntOrder, DojDate stepDate) {
    if (arrestCycle != c) {
      arrestCycle = c;
      arrestDates.clear();
    }
    if (stepDate.isKnown()) {
      arrestDates.add(stepDate);
    }
    charges.add(
        new ChargeFacts(
            key(cntOrder),
            citation(m.charge),
            stepDate,
            ChargeFacts.StepKind.ARREST,
            m.arrestDisposition.isEmpty()
                ? ChargeFacts.Disposition.BLANK
                : ChargeFacts.Disposition.NOT_CONVICTED));
  }

  /** A court count that is not a conviction (dismissed, acquitted) with its kept row. */
  void courtCount(CaseModel c, CountModel m, String cntOrder, DojDate stepDate) {
    charges.add(
        new ChargeFacts(
            key(cntOrder),
            citation(m.charge),
            stepDate,
            ChargeFacts.StepKind.COURT,
            m.courtDisposition.isEmpty()
                ? ChargeFacts.Disposition.BLANK
                : ChargeFacts.Disposition.NOT_CONVICTED));
  }

  /**
   * A convicted count with at least one kept row.
   *
   * @param convictionDate STP_EVENT_DATE of the first kept row
   * @param cycleDate CYC_DATE of the first kept row
   * @param keptParts the sentence parts whose rows were kept, in row order
   */
  void conviction(
      CaseModel c,
      CountModel m,
      String cntOrder,
      DojDate convictionDate,
      DojDate cycleDate,
      List<SentencePart> keptParts) {
    Citation offense = citation(m.effectiveCharge());
    Citation charged = m.convictedAs == null ? offense : citation(m.charge);
    Level level = Level.valueOf(RowEmitter.level(m));

    DojDate offenseDate;
    OffenseDateSource source;
    DojDate arrest = arrestCycle == c ? latestArrestOnOrBefore(convictionDate) : DojDate.unknown();
    if (offenseFromConviction) {
      offenseDate = convictionDate;
      source = OffenseDateSource.CONVICTION;
    } else if (cycleDate.isKnown()) {
      offenseDate = cycleDate;
      source = OffenseDateSource.CYCLE;
    } else if (arrest.isKnown()) {
      offenseDate = arrest;
      source = OffenseDateSource.ARREST_STEP;
    } else {
      offenseDate = convictionDate;
      source = OffenseDateSource.CONVICTION;
    }
    org.recordrelief.doj.Counties.County county = CountyWeights.county(c.county);
    convictions.add(
        new ConvictionFacts(
            key(cntOrder),
            offense,
            charged,
            level,
            level,
            offenseDate,
            source,
            convictionDate,
            sentence(convictionDate, keptParts),
            c.courtAgency == Agency.JUVENILE_COURT,
            county.dojName(),
            county.slug(),
            false,
            false,
            EnumSet.noneOf(Flag.class),
            null));
  }

  /** The current person's history in the engine's terms. */
  PersonHistory history() {
    DojDate dob =
        dobOnKeptRow ? Dates.dojDate(person.dob, person.dobPrecision) : DojDate.unknown();
    boolean dobAfterEvent = false;
    for (ConvictionFacts cf : convictions) {
      dobAfterEvent |=
          dob.isAfter(cf.offenseDate()).isTrue() || dob.isAfter(cf.convictionDate()).isTrue();
    }
    for (ChargeFacts ch : charges) {
      dobAfterEvent |= dob.isAfter(ch.stepDate()).isTrue();
    }
    return new PersonHistory(
        person.subjectId,
        new DobInfo(dob, List.of(), dobAfterEvent),
        convictions,
        charges,
        events);
  }

  /** Determinations of the current person by CNT_ORDER (relevant convicted counts only). */
  Map<String, Determination> evaluate() {
    Map<String, Determination> out = new HashMap<>();
    if (convictions.isEmpty()) {
      return out;
    }
    for (Determination d : StatutoryEvaluator.evaluateAll(history(), Map.of(), asOf, settings)) {
      out.put(d.countKey().countOrder(), d);
    }
    return out;
  }

  // ---------------------------------------------------------------- facts

  private CountKey key(String cntOrder) {
    return new CountKey(person.subjectId, cntOrder);
  }

  /** Latest kept arrest-step date of the cycle that is surely on or before the conviction date. */
  private DojDate latestArrestOnOrBefore(DojDate conviction) {
    DojDate best = DojDate.unknown();
    for (DojDate d : arrestDates) {
      if (conviction.isKnown() && d.isAfter(conviction) != Tri.FALSE) {
        continue; // not on or before the conviction date for every day both can denote
      }
      if (!best.isKnown() || d.earliest().isAfter(best.earliest())) {
        best = d;
      }
    }
    return best;
  }

  /**
   * The citation a correct reader derives from the text a {@link Charge} wrote
   * ({@code doj-input-format.md} §7.3), built from the catalog entry and the rendering choices.
   */
  static Citation citation(Charge ch) {
    Offense o = ch.offense;
    if (o == null) {
      return Citation.unparsed(ch.text);
    }
    boolean prop64 = o.isProp64();
    List<Citation> attached =
        o.attachedSection.isEmpty()
            ? List.of()
            : List.of(
                new Citation(
                    o.attached,
                    o.code,
                    o.attachedSection,
                    o.attachedSubdivisions,
                    false,
                    false,
                    List.of(),
                    "",
                    Citation.ParseStatus.OK,
                    false));
    return new Citation(
        ch.commentOnly ? ch.comment : ch.text,
        prop64 ? "HS" : o.code,
        o.section,
        o.subdivisionList,
        ch.attempt,
        false,
        attached,
        ch.description,
        Citation.ParseStatus.OK,
        prop64 && !"HS".equals(ch.label));
  }

  /** Combined sentence of the kept parts ({@code doj-input-format.md} §6.5). */
  private SentenceInfo sentence(DojDate convictionDate, List<SentencePart> keptParts) {
    boolean any = false;
    for (SentencePart part : keptParts) {
      any |= !part.isAbsent();
    }
    if (!any) {
      return SentenceInfo.absent();
    }
    if (!convictionDate.isKnown()) {
      return SentenceInfo.endingOn(DojDate.unknown());
    }
    LocalDate lo = end(convictionDate.earliest(), keptParts);
    LocalDate hi = end(convictionDate.latest(), keptParts);
    if (convictionDate.isExact()) {
      return SentenceInfo.endingOn(Dates.dojDate((int) lo.toEpochDay(), DatePrecision.DAY));
    }
    // The end moves with the unknown conviction day: every day between the two ends is possible.
    return SentenceInfo.endingOn(
        new DojDate(null, convictionDate.precision(), lo, hi, DojDate.DATE_PARTIAL));
  }

  private LocalDate end(LocalDate start, List<SentencePart> parts) {
    LocalDate end = start;
    for (SentencePart part : parts) {
      if (part.isAbsent()) {
        continue;
      }
      if (sumParts) {
        end = plus(end, part);
      } else {
        LocalDate e = plus(start, part);
        if (e.isAfter(end)) {
          end = e;
        }
      }
    }
    return end;
  }

  private static LocalDate plus(LocalDate d, SentencePart part) {
    switch (part.unit) {
      case 'D':
        return d.plusDays(part.amount);
      case 'M':
        return d.plusMonths(part.amount);
      case 'Y':
        return d.plusYears(part.amount);
      default:
        return d; // a fine: no duration
    }
  }
}
