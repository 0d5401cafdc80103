package org.recordrelief.classify;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.recordrelief.doj.Counties;
import org.recordrelief.eligibility.policy.Policy;
import org.recordrelief.eligibility.policy.PolicyLoader;

/**
 * Which DA policy applies in which county for a run: a county's own file under
 * {@code conf/policy/counties/}, or one chosen with {@code --policy}, else the statewide baseline
 * ({@code conf/policy/statewide.conf}). Loaded and validated once on the driver; shipped to
 * executors with the classifier.
 */
public final class CountyPolicies implements Serializable {
  private static final long serialVersionUID = 1L;

  private final Policy statewide;
  private final Map<String, Policy> byCounty;

  private CountyPolicies(Policy statewide, Map<String, Policy> byCounty) {
    this.statewide = statewide;
    this.byCounty = byCounty;
  }

  /**
   * The shipped policies, with {@code overrides} (names of shipped policies or paths of policy
   * files) replacing the policy of the county each names. A policy without a county replaces the
   * statewide baseline.
   */
  public static CountyPolicies load(List<String> overrides) {
    Policy statewide = PolicyLoader.loadShipped("statewide");
    Map<String, Policy> byCounty = new TreeMap<>();
    for (Counties.County c : Counties.ALL) {
      PolicyLoader.forCounty(c.dojName()).ifPresent(p -> byCounty.put(c.dojName(), p));
    }
    for (String o : overrides) {
      java.nio.file.Path path = java.nio.file.Path.of(o);
      Policy p = java.nio.file.Files.isRegularFile(path)
          ? PolicyLoader.load(path) : PolicyLoader.loadShipped(o);
      if (p.isStatewide()) {
        statewide = p;
      } else {
        byCounty.put(p.county(), p);
      }
    }
    return new CountyPolicies(statewide, byCounty);
  }

  /** The policy of a county (DOJ spelling; UNKNOWN and unlisted counties get the baseline). */
  public Policy forCounty(String dojName) {
    return byCounty.getOrDefault(dojName, statewide);
  }

  /** Policy id per county slug that has its own policy, for manifests. */
  public Map<String, String> summary() {
    Map<String, String> m = new TreeMap<>();
    m.put("*", statewide.id());
    for (Map.Entry<String, Policy> e : byCounty.entrySet()) {
      Counties.lookup(e.getKey()).ifPresent(c -> m.put(c.slug(), e.getValue().id()));
    }
    return m;
  }
}
