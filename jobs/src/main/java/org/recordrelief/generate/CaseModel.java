package org.recordrelief.generate;

import java.util.ArrayList;
import java.util.List;
import org.recordrelief.doj.DatePrecision;

/**
 * One cycle of a person's history (an arrest episode, or a registration or death event) with its
 * steps and counts, before it is written as rows. Only the current person's cases are in memory.
 */
final class CaseModel {

  /** What kind of cycle this is. */
  enum Kind {
    PROP64_CONVICTION,
    OTHER_CONVICTION,
    NON_CONVICTION,
    REGISTRATION,
    DECEASED
  }

  /** Agency type of a step. */
  enum Agency {
    POLICE,
    SHERIFF,
    SUPERIOR_COURT,
    MUNICIPAL_COURT,
    JUVENILE_COURT,
    CORONER
  }

  final Kind kind;
  /** Creation order, the tie-breaker when two cycles share a date. */
  final int sequence;

  /** Cycle (arrest/offense) date, epoch day. */
  int cycleDate;

  String cycleDateRaw;
  /** How much of {@link #cycleDate} CYC_DATE (and the arrest or event step date) states. */
  DatePrecision cycleDatePrecision;
  String cycleAge;
  int county;
  /** Age at the offense was under 18. */
  boolean minor;

  /** Arrest step present (step 001). */
  boolean hasArrest;

  Agency arrestAgency;
  String arrestOri;
  String arrestOfn;

  /** Court step present (step 002, or 001 without an arrest step). */
  boolean hasCourt;

  Agency courtAgency;
  String courtOri;
  int courtDate;
  String courtDateRaw;
  /** How much of {@link #courtDate} the court step's STP_EVENT_DATE states. */
  DatePrecision courtDatePrecision;
  String courtOfn;

  /** Registration and death cycles: the single step's type, agency and ORI. */
  Agency eventAgency;

  String eventOri;

  final List<CountModel> counts = new ArrayList<>(4);

  /** Cycle number 101.. once the history is sorted. */
  int cycleNumber;

  CaseModel(Kind kind, int sequence) {
    this.kind = kind;
    this.sequence = sequence;
  }

  /** Latest date of any step of the cycle. */
  int lastDate() {
    return hasCourt ? Math.max(courtDate, cycleDate) : cycleDate;
  }

  /** One count (charge) of the cycle: the same charge appears on the arrest and the court step. */
  static final class CountModel {
    final Charge charge;
    /** Offense of the conviction when CONV_OFFENSE_DESCR names another section, else null. */
    Charge convictedAs;

    boolean convicted;
    /** OFFENSE_TOC. */
    String toc;
    /** CONV_OFFENSE_TOC when convictedAs is set, else "". */
    String convToc = "";
    /** CONV_STAT_DESCR on the court rows. */
    String convStat = "";
    String arrestDisposition = "";
    String courtDisposition = "";
    String courtDispDate = "";
    String arrestDispDate = "";
    String qualifierPadding = "";
    String convStatCodePadding = "";
    /** Sentence parts of a convicted count: one row each; an absent sentence is one blank part. */
    final List<SentencePart> parts = new ArrayList<>(3);

    CountModel(Charge charge) {
      this.charge = charge;
    }

    /** The charge whose text names the convicted offense (§7.1 order). */
    Charge effectiveCharge() {
      return convictedAs != null ? convictedAs : charge;
    }
  }

  /** One sentence row. */
  static final class SentencePart {
    /** {@link #unit} of a part without a duration (a fine, or the absent part). */
    static final char NO_UNIT = ' ';

    /** No sentence values at all (a conviction without a sentence). */
    static final SentencePart ABSENT = new SentencePart("", "", "", "", "", "", 0, NO_UNIT);

    final String order;
    final String locCode;
    final String locDescr;
    final String length;
    final String timeCode;
    final String timeDescr;
    /** The drawn length (0 without a duration). */
    final int amount;
    /** The drawn unit: 'D', 'M', 'Y', or {@link #NO_UNIT}. */
    final char unit;

    SentencePart(
        String order,
        String locCode,
        String locDescr,
        String length,
        String timeCode,
        String timeDescr,
        int amount,
        char unit) {
      this.order = order;
      this.locCode = locCode;
      this.locDescr = locDescr;
      this.length = length;
      this.timeCode = timeCode;
      this.timeDescr = timeDescr;
      this.amount = amount;
      this.unit = unit;
    }

    /** True for the absent part, which writes no sentence values. */
    boolean isAbsent() {
      return this == ABSENT;
    }
  }
}
