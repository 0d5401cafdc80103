package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.recordrelief.doj.Counties;

/**
 * A county DA policy (or preset) after loading: validated, references resolved, rules sorted by
 * {@code order}. Immutable and serializable, so the Spark adapter can ship it to executors as is.
 * Built by {@link PolicyLoader}; evaluated by {@link PolicyEvaluator}; rendered by {@link
 * PolicyRenderer}.
 *
 * @param id policy id; equals the file name without {@code .conf}
 * @param county DOJ spelling of the county, or null for a statewide policy (any county)
 * @param scope which convictions the policy decides
 * @param semantics PROJECT or a gogen compatibility profile
 * @param description one-paragraph summary for reviewers, or ""
 * @param origin where the rules come from (statute, DA memo, gogen commit and tag), or ""
 * @param parameters named parameters, sorted by name
 * @param parameterLimits reviewed limits on parameters, sorted by name
 * @param rules all rules (disabled ones included, for review), ascending {@code order}
 * @param fallback the decision when no rule holds
 * @param sources the files the policy was read from, the policy's own file first, then its
 *     includes in the order they were read; repository-relative ({@code conf/policy/…}) when the
 *     file lies in a {@code conf/policy} tree
 * @param warnings load-time warnings (e.g. a section listed for dismissal and reduction)
 */
public record Policy(
    String id,
    String county,
    Scope scope,
    Semantics semantics,
    String description,
    String origin,
    Map<String, ParameterValue> parameters,
    Map<String, ParameterLimit> parameterLimits,
    List<Rule> rules,
    Fallback fallback,
    List<String> sources,
    List<String> warnings)
    implements Serializable {

  public Policy {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(semantics, "semantics");
    Objects.requireNonNull(fallback, "fallback");
    description = description == null ? "" : description;
    origin = origin == null ? "" : origin;
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
    parameterLimits = Collections.unmodifiableSortedMap(new TreeMap<>(parameterLimits));
    List<Rule> sorted = new ArrayList<>(rules);
    sorted.sort(Comparator.comparingInt(Rule::order).thenComparing(Rule::id));
    rules = List.copyOf(sorted);
    sources = List.copyOf(sources);
    warnings = List.copyOf(warnings);
  }

  /** Whether the policy applies in every county. */
  public boolean isStatewide() {
    return county == null;
  }

  /** The rules that take part in evaluation, in evaluation order. */
  public List<Rule> activeRules() {
    return rules.stream().filter(Rule::active).toList();
  }

  /** The rule with this id. */
  public Rule rule(String ruleId) {
    return rules.stream()
        .filter(r -> r.id().equals(ruleId))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("policy " + id + " has no rule " + ruleId));
  }

  /**
   * The same rules for another county (gogen's {@code --county} run parameter): e.g. the
   * configurable preset run for SAN JOAQUIN. {@code dojCountyName} must be a DOJ county name.
   */
  public Policy withCounty(String dojCountyName) {
    String c = dojCountyName == null ? null : dojCountyName.strip();
    if (c != null && Counties.ALL.stream().noneMatch(k -> k.dojName().equals(c))) {
      throw new PolicyException(
          "policy " + id + ": county \"" + dojCountyName + "\" is not a DOJ county name");
    }
    return new Policy(
        id, c, scope, semantics, description, origin, parameters, parameterLimits, rules,
        fallback, sources, warnings);
  }
}
