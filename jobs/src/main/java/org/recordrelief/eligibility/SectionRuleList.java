package org.recordrelief.eligibility;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.recordrelief.doj.Citation;

/**
 * A named, ordered list of {@link SectionRule}s (reference data, §7). Built eagerly: an invalid
 * entry fails construction with a message naming the list and the entry.
 *
 * @param name list name used in messages (e.g. {@code superStrikes})
 * @param rules the parsed entries
 */
public record SectionRuleList(String name, List<SectionRule> rules)
    implements java.io.Serializable {

  public SectionRuleList {
    Objects.requireNonNull(name, "name");
    rules = List.copyOf(rules);
  }

  /** Parse every pattern; an invalid one fails with the list name in the message. */
  public static SectionRuleList of(String name, List<String> patterns) {
    List<SectionRule> rules = new ArrayList<>();
    for (String p : patterns) {
      try {
        rules.add(SectionRule.parse(p));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("list " + name + ": " + e.getMessage(), e);
      }
    }
    return new SectionRuleList(name, rules);
  }

  /** The strongest match of any entry against the citation's own section. */
  public SectionRule.Match match(Citation c) {
    SectionRule.Match best = SectionRule.Match.NONE;
    for (SectionRule r : rules) {
      best = best.max(r.match(c));
      if (best == SectionRule.Match.MATCH) {
        break;
      }
    }
    return best;
  }

  /** The pattern strings, in order (for rendering and hashing). */
  public List<String> patterns() {
    return rules.stream().map(SectionRule::pattern).toList();
  }
}
