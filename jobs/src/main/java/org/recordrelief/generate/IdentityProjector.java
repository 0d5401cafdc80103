package org.recordrelief.generate;

import java.util.List;
import java.util.SplittableRandom;
import org.recordrelief.doj.DojColumns;

/**
 * Produces the identity columns of one row from the true person. This is the single place where
 * a row's identity is decided, so identity corruption ({@code entity-resolution.md} §11.3: name
 * typos, nicknames, DOB transpositions, split or shared CIIs ...) can be added by supplying another
 * implementation; it draws only from the identity RNG stream it is given, so corruption never
 * changes the histories. {@link CorruptingIdentity} is the corrupting implementation; it reports
 * what it changed on each row ({@link #lastCorruptions}) for {@code truth/identity_corruptions.csv}.
 */
interface IdentityProjector {

  /** One change made to a row's identity: operator, DOJ column, value before and after. */
  record Corruption(String operator, String field, String before, String after) {}

  /**
   * Called once per person before its first row, with every cycle it will write; draws the
   * person's identity snapshots from {@code rng}. The true identity has nothing to draw.
   */
  default void startPerson(TruePerson p, List<CaseModel> cycles, SplittableRandom rng) {}

  /** Number of identity snapshots of the current person (1 = the true identity only). */
  default int snapshotCount() {
    return 1;
  }

  /** The snapshot the last projected row used (0 = the primary, true identity). */
  default int lastSnapshot() {
    return 0;
  }

  /** The changes made to the last projected row (empty for the true identity). */
  default List<Corruption> lastCorruptions() {
    return List.of();
  }

  /**
   * Writes SUBJECT_ID, CII_NUMBER, PRI_NAME, GENDER, PRI_DOB, PRI_SSN, PRI_CDL, FBI_NUMBER and the
   * descriptor columns of one row.
   *
   * @param p the true person
   * @param cycle the cycle the row belongs to
   * @param rowInPerson 0-based index of the row among the person's rows
   * @param fields the row being built (95 entries)
   * @param rng the person's identity stream
   */
  void project(TruePerson p, CaseModel cycle, int rowInPerson, String[] fields, SplittableRandom rng);

  /** No corruption: every row carries the true identity. */
  IdentityProjector TRUE_IDENTITY = IdentityProjector::trueIdentity;

  /** Writes the true identity of {@code p} into {@code f}. */
  static void trueIdentity(
      TruePerson p, CaseModel cycle, int rowInPerson, String[] f, SplittableRandom rng) {
    f[DojColumns.SUBJECT_ID] = p.subjectId;
    f[DojColumns.CII_NUMBER] = p.cii;
    f[DojColumns.PRI_NAME] = p.priName;
    f[DojColumns.GENDER] = p.gender;
    f[DojColumns.PRI_DOB] = p.dobRaw;
    f[DojColumns.PRI_SSN] = p.ssn;
    f[DojColumns.PRI_CDL] = p.cdl;
    f[DojColumns.FBI_NUMBER] = p.fbi;
    f[DojColumns.RACE_CODE] = p.raceCode;
    f[DojColumns.RACE_DESCR] = p.raceDescr;
    f[DojColumns.EYE_COLOR_CODE] = p.eyeCode;
    f[DojColumns.EYE_COLOR_DESCR] = p.eyeDescr;
    f[DojColumns.HAIR_COLOR_CODE] = p.hairCode;
    f[DojColumns.HAIR_COLOR_DESCR] = p.hairDescr;
    f[DojColumns.HEIGHT] = p.height;
    f[DojColumns.WEIGHT] = p.weight;
    f[DojColumns.POB_CODE] = p.pobCode;
    f[DojColumns.POB_NAME] = p.pobName;
  }
}
