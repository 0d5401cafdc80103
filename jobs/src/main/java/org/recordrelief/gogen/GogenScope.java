package org.recordrelief.gogen;

/** Which in-county convictions a gogen flow evaluates ({@code prop64-rules.md} §9.2 scope). */
public enum GogenScope {
  /** Convictions matching the unanchored Prop 64 pattern (11357 … 11360). */
  PROP64,
  /** Prop 64 convictions and related (plea-substitute) charges, §7.4. */
  PROP64_AND_RELATED
}
