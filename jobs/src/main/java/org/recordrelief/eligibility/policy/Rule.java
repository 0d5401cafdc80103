package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.List;
import java.util.Objects;

/**
 * One rule of a policy, after loading and validation.
 *
 * @param id the rule id (the key under {@code rules})
 * @param order evaluation position: ascending, unique within the policy
 * @param enabled false when the file (or a file that includes it) set {@code enabled = false}
 * @param enabledBy the parameter that switches the rule on (true or non-zero), or null
 * @param active whether the rule takes part in evaluation: enabled, and its {@code enabledBy}
 *     parameter (if any) is true or non-zero
 * @param when the clauses; all must hold
 * @param determination what the rule decides
 * @param reasonTemplate the reason as written, with {@code {section}}, {@code {rawSection}}, {@code
 *     {n}} placeholders
 * @param n the value of {@code {n}}: the first integer argument written as a parameter reference,
 *     else the integer value of {@code enabledBy}, else the first integer literal; null when there
 *     is none
 * @param note an optional remark for reviewers (rendered, never evaluated), or ""
 */
public record Rule(
    String id,
    int order,
    boolean enabled,
    String enabledBy,
    boolean active,
    List<Clause> when,
    PolicyDetermination determination,
    String reasonTemplate,
    Integer n,
    String note)
    implements Serializable {

  public Rule {
    Objects.requireNonNull(id, "id");
    when = List.copyOf(when);
    Objects.requireNonNull(determination, "determination");
    Objects.requireNonNull(reasonTemplate, "reasonTemplate");
    note = note == null ? "" : note;
  }

  /** The reason with {@code {n}} filled in; {@code {section}}, {@code {rawSection}} kept. */
  public String reasonWithN() {
    return n == null ? reasonTemplate : reasonTemplate.replace("{n}", Integer.toString(n));
  }
}
