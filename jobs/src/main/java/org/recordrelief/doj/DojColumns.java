package org.recordrelief.doj;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The 95-column DOJ research-file layout ({@code doj-input-format.md} §2). Columns are identified
 * by position only; the names are the header names DOJ uses. The index constants below are the
 * one place positions are written down.
 */
public final class DojColumns {
  private DojColumns() {}

  /** Number of fields in a data record. */
  public static final int COUNT = 95;

  /** Header names in column order. */
  public static final List<String> NAMES =
      List.of(
          "RECORD_ID",
          "SUBJECT_STATUS",
          "SUBJECT_ID",
          "REQ_SEG_SEP",
          "REQ_CII_NUMBER",
          "REQ_NAME",
          "REQ_GENDER",
          "REQ_DOB",
          "REQ_CDL",
          "REQ_SSN",
          "PII_SEG_SEP",
          "CII_NUMBER",
          "PRI_NAME",
          "GENDER",
          "PRI_DOB",
          "PRI_SSN",
          "PRI_CDL",
          "PRI_IDN",
          "PRI_INN",
          "FBI_NUMBER",
          "PDR_SEG_SEP",
          "RACE_CODE",
          "RACE_DESCR",
          "EYE_COLOR_CODE",
          "EYE_COLOR_DESCR",
          "HAIR_COLOR_CODE",
          "HAIR_COLOR_DESCR",
          "HEIGHT",
          "WEIGHT",
          "SINGLE_SOURCE",
          "MULTI_SOURCE",
          "POB_CODE",
          "POB_NAME",
          "POB_TYPE",
          "CITIZENSHIP_LIST",
          "CYC_SEG_SEP",
          "CYC_ORDER",
          "CYC_DATE",
          "STP_SEG_SEP",
          "STP_ORDER",
          "STP_EVENT_DATE",
          "STP_TYPE_CODE",
          "STP_TYPE_DESCR",
          "STP_ORI_TYPE",
          "STP_ORI_TYPE_DESCR",
          "STP_ORI_CODE",
          "STP_ORI_DESCR",
          "STP_ORI_CNTY_CODE",
          "STP_ORI_CNTY_NAME",
          "CNT_SEG_SEP",
          "CNT_ORDER",
          "DISP_DATE",
          "OFN",
          "OFFENSE_CODE",
          "OFFENSE_DESCR",
          "OFFENSE_TOC",
          "OFFENSE_QUAL_LST",
          "DISP_OFFENSE_CODE",
          "DISP_OFFENSE_DESCR",
          "DISP_OFFENSE_TOC",
          "DISP_OFFENSE_QUAL_LST",
          "CONV_OFFENSE_ORDER",
          "CONV_OFFENSE_CODE",
          "CONV_OFFENSE_DESCR",
          "CONV_OFFENSE_TOC",
          "CONV_OFFENSE_QUAL_LST",
          "FE_NUM_ORDER",
          "FE_NUM_ARR_AGY",
          "FE_NUM_BNCH_WARR",
          "FE_NUM_CITE",
          "FE_NUM_DOCKET",
          "FE_NUM_INCIDENT",
          "FE_NUM_BOOKING",
          "FE_NUM_NUMBER",
          "FE_NUM_REMAND",
          "FE_NUM_OOS_INN",
          "FE_NUM_CRT_CASE",
          "FE_NUM_WARRANT",
          "DISP_ORDER",
          "DISP_CODE",
          "DISP_DESCR",
          "CONV_STAT_CODE",
          "CONV_STAT_DESCR",
          "SENT_SEG_SEP",
          "SENT_ORDER",
          "SENT_LOC_CODE",
          "SENT_LOC_DESCR",
          "SENT_LENGTH",
          "SENT_TIME_CODE",
          "SENT_TIME_DESCR",
          "CYC_AGE",
          "CII_TYPE",
          "CII_TYPE_ALPHA",
          "COMMENT_TEXT",
          "END_OF_REC");

  public static final int RECORD_ID = 0;
  public static final int SUBJECT_STATUS = 1;
  public static final int SUBJECT_ID = 2;
  public static final int REQ_SEG_SEP = 3;
  public static final int REQ_CII_NUMBER = 4;
  public static final int REQ_NAME = 5;
  public static final int REQ_GENDER = 6;
  public static final int REQ_DOB = 7;
  public static final int REQ_CDL = 8;
  public static final int REQ_SSN = 9;
  public static final int PII_SEG_SEP = 10;
  public static final int CII_NUMBER = 11;
  public static final int PRI_NAME = 12;
  public static final int GENDER = 13;
  public static final int PRI_DOB = 14;
  public static final int PRI_SSN = 15;
  public static final int PRI_CDL = 16;
  public static final int PRI_IDN = 17;
  public static final int PRI_INN = 18;
  public static final int FBI_NUMBER = 19;
  public static final int PDR_SEG_SEP = 20;
  public static final int RACE_CODE = 21;
  public static final int RACE_DESCR = 22;
  public static final int EYE_COLOR_CODE = 23;
  public static final int EYE_COLOR_DESCR = 24;
  public static final int HAIR_COLOR_CODE = 25;
  public static final int HAIR_COLOR_DESCR = 26;
  public static final int HEIGHT = 27;
  public static final int WEIGHT = 28;
  public static final int SINGLE_SOURCE = 29;
  public static final int MULTI_SOURCE = 30;
  public static final int POB_CODE = 31;
  public static final int POB_NAME = 32;
  public static final int POB_TYPE = 33;
  public static final int CITIZENSHIP_LIST = 34;
  public static final int CYC_SEG_SEP = 35;
  public static final int CYC_ORDER = 36;
  public static final int CYC_DATE = 37;
  public static final int STP_SEG_SEP = 38;
  public static final int STP_ORDER = 39;
  public static final int STP_EVENT_DATE = 40;
  public static final int STP_TYPE_CODE = 41;
  public static final int STP_TYPE_DESCR = 42;
  public static final int STP_ORI_TYPE = 43;
  public static final int STP_ORI_TYPE_DESCR = 44;
  public static final int STP_ORI_CODE = 45;
  public static final int STP_ORI_DESCR = 46;
  public static final int STP_ORI_CNTY_CODE = 47;
  public static final int STP_ORI_CNTY_NAME = 48;
  public static final int CNT_SEG_SEP = 49;
  public static final int CNT_ORDER = 50;
  public static final int DISP_DATE = 51;
  public static final int OFN = 52;
  public static final int OFFENSE_CODE = 53;
  public static final int OFFENSE_DESCR = 54;
  public static final int OFFENSE_TOC = 55;
  public static final int OFFENSE_QUAL_LST = 56;
  public static final int DISP_OFFENSE_CODE = 57;
  public static final int DISP_OFFENSE_DESCR = 58;
  public static final int DISP_OFFENSE_TOC = 59;
  public static final int DISP_OFFENSE_QUAL_LST = 60;
  public static final int CONV_OFFENSE_ORDER = 61;
  public static final int CONV_OFFENSE_CODE = 62;
  public static final int CONV_OFFENSE_DESCR = 63;
  public static final int CONV_OFFENSE_TOC = 64;
  public static final int CONV_OFFENSE_QUAL_LST = 65;
  public static final int FE_NUM_ORDER = 66;
  public static final int FE_NUM_ARR_AGY = 67;
  public static final int FE_NUM_BNCH_WARR = 68;
  public static final int FE_NUM_CITE = 69;
  public static final int FE_NUM_DOCKET = 70;
  public static final int FE_NUM_INCIDENT = 71;
  public static final int FE_NUM_BOOKING = 72;
  public static final int FE_NUM_NUMBER = 73;
  public static final int FE_NUM_REMAND = 74;
  public static final int FE_NUM_OOS_INN = 75;
  public static final int FE_NUM_CRT_CASE = 76;
  public static final int FE_NUM_WARRANT = 77;
  public static final int DISP_ORDER = 78;
  public static final int DISP_CODE = 79;
  public static final int DISP_DESCR = 80;
  public static final int CONV_STAT_CODE = 81;
  public static final int CONV_STAT_DESCR = 82;
  public static final int SENT_SEG_SEP = 83;
  public static final int SENT_ORDER = 84;
  public static final int SENT_LOC_CODE = 85;
  public static final int SENT_LOC_DESCR = 86;
  public static final int SENT_LENGTH = 87;
  public static final int SENT_TIME_CODE = 88;
  public static final int SENT_TIME_DESCR = 89;
  public static final int CYC_AGE = 90;
  public static final int CII_TYPE = 91;
  public static final int CII_TYPE_ALPHA = 92;
  public static final int COMMENT_TEXT = 93;
  public static final int END_OF_REC = 94;

  private static final Map<String, Integer> BY_NAME = new HashMap<>();

  static {
    if (NAMES.size() != COUNT) {
      throw new IllegalStateException("DOJ layout must have 95 columns, has " + NAMES.size());
    }
    for (int i = 0; i < NAMES.size(); i++) {
      BY_NAME.put(NAMES.get(i), i);
    }
  }

  /** Position of a column by its header name (trimmed, case-insensitive), or -1. */
  public static int indexOf(String name) {
    if (name == null) {
      return -1;
    }
    Integer i = BY_NAME.get(name.strip().toUpperCase(Locale.ROOT));
    return i == null ? -1 : i;
  }

  /** True if the trimmed, upper-cased value is one of the 95 column names. */
  public static boolean isColumnName(String value) {
    return indexOf(value) >= 0;
  }
}
