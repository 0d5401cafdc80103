package org.recordrelief.doj;

/** How much of a DOJ date is known. */
public enum DatePrecision {
  DAY,
  MONTH,
  YEAR,
  /** Blank or invalid: no day is known. */
  NONE
}
