package org.recordrelief.eligibility.policy;

/**
 * Whose meaning the predicates have ({@code prop64-rules.md} §9.2, §9.8). The caller chooses the
 * {@link PolicyView} implementation from this value; the evaluator uses it only to decide what an
 * UNKNOWN answer does.
 */
public enum Semantics {
  /** Defect-free predicates; an UNKNOWN answer stops evaluation with HAND_REVIEW. */
  PROJECT,
  /** gogen 2020 (final configurable flow, run by Code for America's BEAR application). */
  GOGEN_2020,
  /** gogen_pilots {@code los_angeles} branch, October 2019. */
  GOGEN_PILOTS_LA_2019_10,
  /** gogen_pilots {@code f04e1ff}, July 2019 (Sacramento, San Joaquin, Contra Costa, early LA). */
  GOGEN_PILOTS_2019_07;

  /** Whether this is a gogen compatibility profile (UNKNOWN answers count as false). */
  public boolean isGogenProfile() {
    return this != PROJECT;
  }
}
