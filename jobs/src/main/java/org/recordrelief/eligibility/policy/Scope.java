package org.recordrelief.eligibility.policy;

/** Which in-county convictions a policy decides ({@code prop64-rules.md} §9.2). */
public enum Scope {
  /** HS 11357–11360 convictions ({@code prop64-rules.md} §7.1). */
  PROP64,
  /** Also the related plea-bargain charges of {@code prop64-rules.md} §7.4. */
  PROP64_AND_RELATED
}
