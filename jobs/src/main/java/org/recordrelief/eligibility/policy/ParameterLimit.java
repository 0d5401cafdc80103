package org.recordrelief.eligibility.policy;

import java.io.Serializable;
import java.util.List;

/**
 * A reviewed restriction on a policy parameter, beyond the range of the conditions that use it
 * ({@code parameterLimits { name { … } }}). Used where an option has a documented range of its own,
 * e.g. gogen's {@code subjectAgeThreshold}: 0 (off) or 40–65 ({@code prop64-rules.md} §9.5.1).
 *
 * @param min smallest allowed integer value, or null
 * @param max largest allowed integer value, or null
 * @param allowZero whether 0 ("off") is allowed outside {@code min..max}
 * @param allowed for text and list parameters: the only values allowed (empty = any)
 */
public record ParameterLimit(Integer min, Integer max, boolean allowZero, List<String> allowed)
    implements Serializable {

  public ParameterLimit {
    allowed = List.copyOf(allowed);
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException("min " + min + " is greater than max " + max);
    }
    if (min == null && max == null && allowed.isEmpty()) {
      throw new IllegalArgumentException("a limit needs min, max or allowed");
    }
  }

  /**
   * Checks a parameter value; throws {@link IllegalArgumentException} naming the parameter and,
   * for lists, the offending element.
   */
  public void check(String name, ParameterValue v) {
    if (v instanceof ParameterValue.IntValue i) {
      if (min == null && max == null) {
        throw new IllegalArgumentException(
            "parameter " + name + " is an integer but its limit only lists allowed texts");
      }
      int x = i.value();
      boolean ok = (allowZero && x == 0) || ((min == null || x >= min) && (max == null || x <= max));
      if (!ok) {
        throw new IllegalArgumentException(
            "parameter " + name + " = " + x + " is out of range: " + describe());
      }
    } else if (v instanceof ParameterValue.ListValue l) {
      requireAllowedList(name);
      for (String s : l.value()) {
        if (!allowed.contains(s)) {
          throw new IllegalArgumentException(
              "parameter " + name + ": \"" + s + "\" is not allowed: " + describe());
        }
      }
    } else if (v instanceof ParameterValue.TextValue t) {
      requireAllowedList(name);
      if (!allowed.contains(t.value())) {
        throw new IllegalArgumentException(
            "parameter " + name + ": \"" + t.value() + "\" is not allowed: " + describe());
      }
    } else {
      throw new IllegalArgumentException(
          "parameter " + name + " is a " + v.typeName() + "; limits apply to integers, texts and lists");
    }
  }

  private void requireAllowedList(String name) {
    if (allowed.isEmpty()) {
      throw new IllegalArgumentException(
          "parameter " + name + " is not an integer but its limit has no allowed list");
    }
  }

  /** The limit for reviewers, e.g. {@code 0 (off) or 40..65}, {@code one of 11357, 11358}. */
  public String describe() {
    if (!allowed.isEmpty()) {
      return "one of " + Arg.join(allowed, ", ");
    }
    String range =
        min != null && max != null
            ? min + ".." + max
            : min != null ? "at least " + min : "at most " + max;
    return allowZero ? "0 (off) or " + range : range;
  }
}
