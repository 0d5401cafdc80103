package org.recordrelief.eligibility;

/**
 * One fired rule (or, with a null rule id, a data condition that explains an outcome).
 *
 * @param ruleId rule id of §3–§5, or null
 * @param reasonCode reason code
 */
record Hit(String ruleId, String reasonCode) {

  /** A rule with its default reason code. */
  static Hit rule(String ruleId) {
    return new Hit(ruleId, RuleCatalog.reasonCode(ruleId));
  }

  /** A rule with a specific reason code. */
  static Hit rule(String ruleId, String reasonCode) {
    RuleCatalog.reasonCode(ruleId); // validates the id
    return new Hit(ruleId, reasonCode);
  }

  /** A reason code without a rule id. */
  static Hit reason(String reasonCode) {
    return new Hit(null, reasonCode);
  }
}
