package org.recordrelief.eligibility.policy;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one entry of a {@code when} list, in the strict call syntax of the closed vocabulary:
 *
 * <pre>
 *   clause    = [ "not" spaces ] kind [ "(" argument ")" ]
 *   kind      = a name from {@link ConditionKind} (e.g. convictedBeforeAge)
 *   argument  = parameter | literal | "[" literal { "," literal } "]"
 *   parameter = a lower-case-led identifier naming an entry of {@code parameters}
 *   literal   = a whole number, an ISO date, or a text without "[", "]" and ","
 * </pre>
 *
 * There are no operators, no nesting and no expressions: one kind, at most one argument. The
 * argument is the text between the first "(" and the final ")", so section texts with their own
 * parentheses ({@code rawSectionStartsWith(11357(A))}) need no quoting.
 */
final class ClauseParser {
  private ClauseParser() {}

  private static final Pattern CLAUSE =
      Pattern.compile("(?:(not)\\s+)?([A-Za-z][A-Za-z0-9]*)\\s*(.*)", Pattern.DOTALL);
  private static final Pattern PARAM_REF = Pattern.compile("[a-z][A-Za-z0-9_]*");
  private static final Pattern INTEGER = Pattern.compile("-?\\d{1,9}");

  /** Parses and resolves a clause; throws {@link IllegalArgumentException} with the problem. */
  static Clause parse(String text, Map<String, ParameterValue> params) {
    String s = text == null ? "" : text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("empty condition");
    }
    Matcher m = CLAUSE.matcher(s);
    if (!m.matches()) {
      throw new IllegalArgumentException("cannot read condition '" + s + "': expected kind or kind(argument)");
    }
    boolean negated = m.group(1) != null;
    String name = m.group(2);
    String rest = m.group(3).strip();
    ConditionKind kind =
        ConditionKind.byName(name)
            .orElseThrow(() -> new IllegalArgumentException(unknownKind(name)));
    String argText = null;
    if (!rest.isEmpty()) {
      if (!rest.startsWith("(") || !rest.endsWith(")")) {
        throw new IllegalArgumentException(
            "cannot read condition '" + s + "': expected " + name + "(argument)");
      }
      argText = rest.substring(1, rest.length() - 1).strip();
    }
    Arg<?> arg;
    if (kind.argType() == ConditionKind.ArgType.NONE) {
      if (argText != null) {
        throw new IllegalArgumentException(name + " takes no argument: write it as " + name);
      }
      arg = null;
    } else {
      if (argText == null || argText.isEmpty()) {
        throw new IllegalArgumentException(
            "missing parameter: " + name + " needs " + describe(kind.argType()) + ", e.g. " + example(kind));
      }
      arg = resolve(kind, argText, params);
    }
    return new Clause(kind.build(arg), negated);
  }

  private static Arg<?> resolve(ConditionKind kind, String a, Map<String, ParameterValue> params) {
    String name = kind.kindName();
    boolean ref = PARAM_REF.matcher(a).matches();
    ParameterValue p = null;
    if (ref) {
      p = params.get(a);
      if (p == null) {
        throw new IllegalArgumentException(
            "unknown parameter reference '" + a + "' in " + name + "(" + a + ")"
                + (params.isEmpty() ? " (the policy has no parameters)" : " (parameters: " + String.join(", ", new java.util.TreeSet<>(params.keySet())) + ")"));
      }
    }
    switch (kind.argType()) {
      case INT -> {
        if (ref) {
          if (p instanceof ParameterValue.IntValue i) {
            return Arg.ref(i.value(), a);
          }
          throw wrongType(name, a, p, "an integer");
        }
        if (!INTEGER.matcher(a).matches()) {
          throw new IllegalArgumentException(name + ": '" + a + "' is not a whole number");
        }
        return Arg.of(Integer.parseInt(a));
      }
      case LIST -> {
        if (ref) {
          if (p instanceof ParameterValue.ListValue l) {
            return Arg.ref(l.value(), a);
          }
          if (p instanceof ParameterValue.TextValue t) {
            return Arg.ref(List.of(t.value()), a);
          }
          throw wrongType(name, a, p, "a list");
        }
        return Arg.of(listLiteral(name, a));
      }
      case TEXT -> {
        if (ref) {
          if (p instanceof ParameterValue.TextValue t) {
            return Arg.ref(t.value(), a);
          }
          throw wrongType(name, a, p, "a text");
        }
        return Arg.of(item(name, a));
      }
      case DATE -> {
        if (ref) {
          if (p instanceof ParameterValue.TextValue t) {
            return Arg.ref(date(name, t.value()), a);
          }
          throw wrongType(name, a, p, "a date text");
        }
        return Arg.of(date(name, a));
      }
      default -> throw new IllegalStateException(kind.toString());
    }
  }

  private static List<String> listLiteral(String name, String a) {
    if (!a.startsWith("[")) {
      return List.of(item(name, a));
    }
    if (!a.endsWith("]")) {
      throw new IllegalArgumentException(name + ": list '" + a + "' does not end with ]");
    }
    String inner = a.substring(1, a.length() - 1).strip();
    if (inner.isEmpty()) {
      throw new IllegalArgumentException("missing parameter: " + name + " has an empty list");
    }
    List<String> out = new ArrayList<>();
    for (String part : inner.split(",", -1)) {
      String it = item(name, part.strip());
      if (PARAM_REF.matcher(it).matches()) {
        throw new IllegalArgumentException(
            name + ": '" + it + "' looks like a parameter; references cannot be list items");
      }
      out.add(it);
    }
    return out;
  }

  private static String item(String name, String it) {
    if (it.isEmpty()) {
      throw new IllegalArgumentException(name + ": empty item");
    }
    if (it.contains("[") || it.contains("]") || it.contains(",")) {
      throw new IllegalArgumentException(name + ": cannot read item '" + it + "'");
    }
    return it;
  }

  private static LocalDate date(String name, String s) {
    try {
      return LocalDate.parse(s.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(name + ": '" + s + "' is not an ISO date (YYYY-MM-DD)");
    }
  }

  private static IllegalArgumentException wrongType(
      String name, String ref, ParameterValue p, String wanted) {
    return new IllegalArgumentException(
        name + "(" + ref + "): parameter " + ref + " is " + article(p.typeName()) + ", " + name
            + " needs " + wanted);
  }

  private static String article(String typeName) {
    return (typeName.startsWith("i") ? "an " : "a ") + typeName;
  }

  private static String describe(ConditionKind.ArgType t) {
    return switch (t) {
      case INT -> "a whole number or an integer parameter";
      case LIST -> "an item, a [list] or a list parameter";
      case TEXT -> "a text or a text parameter";
      case DATE -> "an ISO date or a date parameter";
      case NONE -> "no argument";
    };
  }

  private static String example(ConditionKind k) {
    return switch (k) {
      case SECTION_IN -> "sectionIn([11357, 11358])";
      case RAW_SECTION_STARTS_WITH -> "rawSectionStartsWith(11357(B))";
      case RAW_SECTION_EQUALS -> "rawSectionEquals(4060 BP)";
      case CONVICTED_ON_OR_AFTER -> "convictedOnOrAfter(2016-11-09)";
      case STATUTORY_OUTCOME_IN -> "statutoryOutcomeIn(DISMISS_AND_SEAL)";
      case STATUTORY_FLAG -> "statutoryFlag(COUNTY_POLICY_CANDIDATE)";
      case CONVICTION_COUNT_GREATER_THAN -> "convictionCountGreaterThan(1)";
      case CONVICTED_AT_LEAST_YEARS_AGO, NO_CONVICTION_WITHIN_YEARS -> k.kindName() + "(10)";
      default -> k.kindName() + "(21)";
    };
  }

  private static String unknownKind(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String k : ConditionKind.names()) {
      if (k.toLowerCase(Locale.ROOT).equals(lower)) {
        return "unknown condition kind '" + name + "' (did you mean " + k + "?)";
      }
    }
    return "unknown condition kind '" + name + "' (known: " + String.join(", ", ConditionKind.names()) + ")";
  }
}
