package org.recordrelief.classify;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.recordrelief.doj.DojDate;
import org.recordrelief.eligibility.ChargeFacts;
import org.recordrelief.eligibility.ConvictionFacts;
import org.recordrelief.eligibility.CountKey;
import org.recordrelief.eligibility.DobInfo;
import org.recordrelief.eligibility.Flag;
import org.recordrelief.eligibility.HistoryEvent;
import org.recordrelief.eligibility.Level;
import org.recordrelief.eligibility.OffenseDateSource;
import org.recordrelief.eligibility.PersonHistory;
import org.recordrelief.eligibility.SentenceInfo;
import org.recordrelief.history.CountFacts;
import org.recordrelief.history.SubjectHistory;

/**
 * Converts the history derived from DOJ rows ({@link SubjectHistory}) into the statutory engine's
 * fact model ({@link PersonHistory}). Plain Java: the one place the two models meet.
 */
public final class EligibilityFacts {
  private EligibilityFacts() {}

  /** The count key the engine uses for one of our counts. */
  public static CountKey keyOf(CountFacts c) {
    return new CountKey(c.subjectKey(), c.countKey());
  }

  /** The person's whole history in the engine's terms. */
  public static PersonHistory of(SubjectHistory h) {
    List<ConvictionFacts> convictions = new ArrayList<>();
    List<ChargeFacts> others = new ArrayList<>();
    for (CountFacts c : h.counts()) {
      if (c.conviction()) {
        convictions.add(conviction(c));
      } else {
        others.add(charge(c));
      }
    }
    List<HistoryEvent> events = new ArrayList<>();
    for (org.recordrelief.history.HistoryEvent e : h.events()) {
      HistoryEvent.Type type = switch (e.type()) {
        case DECEASED -> HistoryEvent.Type.DECEASED;
        case REGISTRATION -> e.isPc290Registration()
            ? HistoryEvent.Type.PC290_REGISTRATION : HistoryEvent.Type.OTHER_REGISTRATION;
      };
      events.add(new HistoryEvent(type, e.date(), new CountKey(h.personKey(), e.countKey())));
    }
    List<DojDate> alternatives = new ArrayList<>();
    for (DojDate d : h.dobCandidates()) {
      if (!d.equals(h.dob())) {
        alternatives.add(d);
      }
    }
    DobInfo dob = new DobInfo(h.dob(), alternatives, h.issues().contains("DOB_AFTER_EVENT"));
    return new PersonHistory(h.personKey(), dob, convictions, others, events);
  }

  static ConvictionFacts conviction(CountFacts c) {
    Set<Flag> carried = EnumSet.noneOf(Flag.class);
    for (String issue : c.issues()) {
      switch (issue) {
        case "CODE_LABEL_MISMATCH" -> carried.add(Flag.CODE_LABEL_MISMATCH);
        case "OFFENSE_DATE_FROM_CONVICTION" -> carried.add(Flag.OFFENSE_DATE_FROM_CONVICTION);
        case "POSSIBLE_OTHER_P64_CHARGE" -> carried.add(Flag.POSSIBLE_OTHER_P64_CHARGE);
        default -> { }
      }
    }
    SentenceInfo sentence = switch (c.sentenceEndBasis()) {
      case "ABSENT" -> SentenceInfo.absent();
      // An exact end, or (partial conviction date) an interval that interval logic may decide.
      case "PARTS", "DATE_UNKNOWN" -> c.sentenceEndRange().isKnown()
          ? SentenceInfo.endingOn(c.sentenceEndRange()) : SentenceInfo.invalid();
      default -> SentenceInfo.invalid(); // an invalid part
    };
    return new ConvictionFacts(
        keyOf(c),
        c.citation(),
        c.chargedCitation(),
        Level.valueOf(c.level()),
        Level.valueOf(c.currentLevel()),
        c.offenseDate(),
        OffenseDateSource.valueOf(c.offenseDateSource()),
        c.convictionDate(),
        sentence,
        c.juvenileCourt(),
        c.county(),
        c.countySlug(),
        c.alreadyRelieved(),
        c.pc1203Dismissed(),
        carried,
        c.issues());
  }

  static ChargeFacts charge(CountFacts c) {
    ChargeFacts.StepKind kind = switch (c.stepType() == null ? "" : c.stepType()) {
      case "ARREST/DETAINED/CITED" -> ChargeFacts.StepKind.ARREST;
      case "COURT ACTION" -> ChargeFacts.StepKind.COURT;
      default -> ChargeFacts.StepKind.OTHER;
    };
    ChargeFacts.Disposition disposition = c.disposition() == null
        ? ChargeFacts.Disposition.BLANK : ChargeFacts.Disposition.NOT_CONVICTED;
    return new ChargeFacts(keyOf(c), c.citation(), c.convictionDate(), kind, disposition);
  }
}
