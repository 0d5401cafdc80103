package org.recordrelief.eligibility.policy;

import java.util.List;
import java.util.Map;

/**
 * Renders a policy as plain text for reviewers (DA staff, counsel): header, parameters with their
 * limits, each rule in evaluation order as one sentence, the fallback, how unknown facts are
 * treated, the source files and any load warnings. Output is deterministic (parameters by name,
 * rules by order, {@code \n} line ends) and is snapshot-tested.
 */
public final class PolicyRenderer {
  private PolicyRenderer() {}

  /** The policy as text, ending with a newline. */
  public static String render(Policy p) {
    StringBuilder b = new StringBuilder();
    b.append("Policy ").append(p.id()).append('\n');
    field(b, "county", p.isStatewide() ? "(statewide: every county)" : p.county());
    field(
        b,
        "scope",
        p.scope()
            + (p.scope() == Scope.PROP64
                ? " (HS 11357-11360 convictions)"
                : " (HS 11357-11360 convictions and related plea-bargain charges)"));
    field(b, "semantics", p.semantics() + (p.semantics() == Semantics.PROJECT ? " (project predicates)" : " (gogen compatibility profile)"));
    if (!p.description().isEmpty()) {
      field(b, "description", p.description());
    }
    if (!p.origin().isEmpty()) {
      field(b, "origin", p.origin());
    }

    b.append("\nParameters\n");
    if (p.parameters().isEmpty()) {
      b.append("  (none)\n");
    } else {
      int w = p.parameters().keySet().stream().mapToInt(String::length).max().orElse(0);
      for (Map.Entry<String, ParameterValue> e : p.parameters().entrySet()) {
        b.append("  ").append(pad(e.getKey(), w)).append(" = ").append(e.getValue().render());
        ParameterLimit l = p.parameterLimits().get(e.getKey());
        if (l != null) {
          b.append("   (allowed: ").append(l.describe()).append(')');
        }
        b.append('\n');
      }
    }

    b.append("\nRules (ascending order; the first rule whose conditions all hold decides)\n");
    int w = p.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
    for (Rule r : p.rules()) {
      b.append("  ").append(pad(r.id(), w)).append("  [").append(status(p, r)).append("]  ");
      b.append(sentence(r.when(), r.determination(), r.reasonWithN())).append('\n');
      if (!r.note().isEmpty()) {
        b.append("  ").append(pad("", w)).append("  note: ").append(r.note()).append('\n');
      }
    }
    b.append("  ").append(pad("fallback", w)).append("  otherwise → ")
        .append(p.fallback().determination()).append(' ')
        .append(quote(p.fallback().reasonTemplate())).append('\n');

    b.append("\nUnknown facts\n  ");
    b.append(
        p.semantics() == Semantics.PROJECT
            ? "an unknown answer stops evaluation: HAND_REVIEW \"Insufficient data: <predicate>\""
            : "an unknown answer counts as false (gogen behaviour)");
    b.append('\n');

    b.append("\nSources\n");
    for (String s : p.sources()) {
      b.append("  ").append(s).append('\n');
    }
    if (!p.warnings().isEmpty()) {
      b.append("\nWarnings\n");
      for (String s : p.warnings()) {
        b.append("  ").append(s).append('\n');
      }
    }
    return b.toString();
  }

  /** One rule as a sentence: {@code if convicted before age 21 → DISMISSAL "21 years or younger"}. */
  public static String sentence(List<Clause> when, PolicyDetermination d, String reason) {
    StringBuilder b = new StringBuilder("if ");
    for (int i = 0; i < when.size(); i++) {
      if (i > 0) {
        b.append(" and ");
      }
      b.append(when.get(i).phrase());
    }
    return b.append(" → ").append(d).append(' ').append(quote(reason)).toString();
  }

  private static String status(Policy p, Rule r) {
    StringBuilder s = new StringBuilder("order ").append(r.order());
    if (!r.enabled()) {
      s.append(", DISABLED");
    } else if (r.enabledBy() != null) {
      ParameterValue v = p.parameters().get(r.enabledBy());
      s.append(r.active() ? ", on: " : ", OFF: ").append(r.enabledBy()).append(" = ").append(v.render());
    }
    return s.toString();
  }

  private static void field(StringBuilder b, String name, String value) {
    b.append("  ").append(pad(name, 11)).append(' ').append(value).append('\n');
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static String pad(String s, int w) {
    StringBuilder b = new StringBuilder(s);
    while (b.length() < w) {
      b.append(' ');
    }
    return b.toString();
  }
}
