package org.recordrelief.generate;

/**
 * The true identity of one synthetic person: what every row of the person would carry without
 * corruption. {@link IdentityProjector} turns it into the identity columns of each row.
 */
final class TruePerson {
  long index;
  String personId;
  String subjectId;
  String cii;
  String lastName;
  String firstName;
  /** Middle name or initial, or "". */
  String middle;
  /** Generational suffix (JR, SR) written after the middle name, or "" (Jr/Sr population traps). */
  String suffix = "";
  /** PRI_NAME as written: {@code LAST,FIRST MIDDLE} or {@code LAST, FIRST}. */
  String priName;
  boolean male;
  String gender;
  String raceCode;
  String raceDescr;
  /** True date of birth (epoch day). */
  int dob;
  /** PRI_DOB as written: YYYYMMDD, a partial YYYYMM00 / YYYY0000, or "" when missing. */
  String dobRaw;
  /** How much of {@link #dob} PRI_DOB states (NONE when it is missing). */
  org.recordrelief.doj.DatePrecision dobPrecision;
  String eyeCode;
  String eyeDescr;
  String hairCode;
  String hairDescr;
  String height;
  String weight;
  String ssn;
  String cdl;
  String fbi;
  String pobCode;
  String pobName;
  /** Index into {@link CountyWeights}. */
  int homeCounty;
}
