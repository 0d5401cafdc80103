package org.recordrelief.gogen;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.recordrelief.doj.DojColumns;

/**
 * One input row as gogen saw it: the 95 raw values byte for byte, plus the per-row facts gogen
 * derived from them ({@code prop64-rules.md} §9.8 data-handling deviations). Immutable.
 */
public final class GogenRow {
  /** Text that sends gogen to {@code COMMENT_TEXT} for the charge. */
  public static final String SEE_COMMENT = "SEE COMMENT FOR CHARGE";

  private final int index;
  private final String[] raw;
  private final String subjectId;
  private final boolean commentIsChargeSource;
  private final String codeSection;
  private final boolean conviction;
  private final boolean felony;
  private final LocalDate stepDate;
  private final long sentenceHours;
  private final String prop64Key;

  GogenRow(int index, String[] raw) {
    if (raw.length != DojColumns.COUNT) {
      throw new IllegalArgumentException(
          "row " + (index + 1) + " has " + raw.length + " fields, expected " + DojColumns.COUNT);
    }
    this.index = index;
    this.raw = raw.clone();
    this.subjectId = GoText.trimSpace(raw[DojColumns.SUBJECT_ID]);
    String offense = GoText.trimSpace(raw[DojColumns.OFFENSE_DESCR]);
    this.commentIsChargeSource = offense.isEmpty() || offense.equals(SEE_COMMENT);
    String text =
        commentIsChargeSource ? raw[DojColumns.COMMENT_TEXT] : raw[DojColumns.OFFENSE_DESCR];
    int hyphen = text.indexOf('-');
    this.codeSection = GoText.trimSpace(hyphen < 0 ? text : text.substring(0, hyphen));
    this.conviction = raw[DojColumns.DISP_DESCR].startsWith("CONVICTED");
    String level = raw[DojColumns.CONV_STAT_DESCR];
    this.felony =
        level.equals("FELONY") || (level.isEmpty() && raw[DojColumns.OFFENSE_TOC].equals("F"));
    this.stepDate = GogenDates.parse(raw[DojColumns.STP_EVENT_DATE]);
    this.sentenceHours =
        sentenceHours(raw[DojColumns.SENT_LENGTH], raw[DojColumns.SENT_TIME_CODE]);
    this.prop64Key = GogenPatterns.prop64Key(codeSection);
  }

  /**
   * gogen's sentence length of one row in hours (D-08): {@code D} = 1 day, {@code M} = 30.5
   * days, {@code Y} = 366 days, any other unit or an unparseable length = 0.
   */
  static long sentenceHours(String length, String unit) {
    long n;
    try {
      n = Long.parseLong(GoText.trimSpace(length));
    } catch (NumberFormatException e) {
      return 0;
    }
    return switch (GoText.trimSpace(unit)) {
      case "D" -> n * 24;
      case "M" -> n * 732;
      case "Y" -> n * 366 * 24;
      default -> 0;
    };
  }

  /** 0-based position among the file's data rows. */
  public int index() {
    return index;
  }

  /** Raw value of column {@code i} (see {@link DojColumns}). */
  public String raw(int i) {
    return raw[i];
  }

  /** All 95 raw values, unmodifiable. */
  public List<String> rawValues() {
    return Collections.unmodifiableList(Arrays.asList(raw));
  }

  /** Trimmed SUBJECT_ID; empty when blank. */
  public String subjectId() {
    return subjectId;
  }

  /** True when the charge text came from COMMENT_TEXT (OFFENSE_DESCR blank or "see comment"). */
  public boolean commentIsChargeSource() {
    return commentIsChargeSource;
  }

  /** Trimmed text before the first hyphen of the charge text (D-07). */
  public String codeSection() {
    return codeSection;
  }

  /** DISP_DESCR starts with {@code CONVICTED}, untrimmed. */
  public boolean isConviction() {
    return conviction;
  }

  /** gogen's felony rule ({@code doj-input-format.md} §6.2). */
  public boolean isFelony() {
    return felony;
  }

  /** STP_EVENT_DATE, zero date when not an exact {@code YYYYMMDD}. */
  public LocalDate stepDate() {
    return stepDate;
  }

  /** This row's own sentence length in hours (gogen arithmetic). */
  public long sentenceHours() {
    return sentenceHours;
  }

  /** The Prop 64 key (11357 … 11360) found in the code section (unanchored), or null. */
  public String prop64Key() {
    return prop64Key;
  }

  /**
   * "Possible Other P64 Charges" ({@code prop64-rules.md} §10.2 col. 3): COMMENT_TEXT when it
   * names a Prop 64 section different from the one in the charge's code section, or names one
   * when the code section names none; for 11357 on both sides only when the subdivisions fall in
   * different groups ((A, B) versus (C, D)) or only the comment has one. Blank when the comment
   * is itself the charge source. Row-level: filled on any row.
   */
  public String possibleOtherP64Charges() {
    if (commentIsChargeSource) {
      return "";
    }
    String comment = raw[DojColumns.COMMENT_TEXT];
    String commentKey = GogenPatterns.prop64Key(comment);
    if (commentKey == null) {
      return "";
    }
    if (prop64Key == null || !prop64Key.equals(commentKey)) {
      return comment;
    }
    if (commentKey.equals("11357")) {
      int commentGroup = GogenPatterns.p11357Group(comment);
      int chargeGroup = GogenPatterns.p11357Group(codeSection);
      if (commentGroup != 0 && commentGroup != chargeGroup) {
        return comment;
      }
    }
    return "";
  }

  /** Raw CNT_ORDER. */
  public String cntOrder() {
    return raw[DojColumns.CNT_ORDER];
  }

  /** Raw STP_ORI_CNTY_NAME. */
  public String county() {
    return raw[DojColumns.STP_ORI_CNTY_NAME];
  }

  /** {@code CNT_ORDER[0:6]}, gogen's case key. */
  public String caseKey() {
    return cntOrder().substring(0, 6);
  }

  /** {@code CNT_ORDER[0:3]}, gogen's cycle key. */
  public String cycleKey() {
    return cntOrder().substring(0, 3);
  }
}
