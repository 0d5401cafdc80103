package org.recordrelief.eligibility.policy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigOrigin;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.recordrelief.doj.Counties;

/**
 * Turns a parsed (includes merged, substitutions resolved) policy configuration into a {@link
 * Policy}, checking everything: unknown keys, types, the vocabulary, parameter references and
 * ranges, limits, unique orders, determinations and reason placeholders. Every error is a {@link
 * PolicyException} naming the policy file and, where it applies, the rule id and the file and line
 * the offending value came from.
 */
final class PolicyBuilder {

  static final Set<String> TOP_KEYS =
      Set.of(
          "id", "county", "scope", "semantics", "description", "origin", "parameters",
          "parameterLimits", "rules", "fallback");
  static final Set<String> RULE_KEYS =
      Set.of("order", "enabled", "enabledBy", "when", "determination", "reason", "note");
  static final Set<String> FALLBACK_KEYS = Set.of("determination", "reason");
  static final Set<String> LIMIT_KEYS = Set.of("min", "max", "allowZero", "allowed");
  static final Pattern NAME = Pattern.compile("[a-z][A-Za-z0-9_]*");
  static final Pattern RULE_ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]{0,39}");
  static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)\\}");
  static final Set<String> PLACEHOLDERS = Set.of("section", "rawSection", "n");
  static final int MAX_ORDER = 100_000;

  /** Where the configuration came from and what the file name requires. */
  record Context(String file, String expectedId, String folder, List<String> sources) {}

  private final Context ctx;
  private final List<String> warnings = new ArrayList<>();

  private PolicyBuilder(Context ctx) {
    this.ctx = ctx;
  }

  static Policy build(Config c, Context ctx, List<String> extraWarnings) {
    PolicyBuilder b = new PolicyBuilder(ctx);
    b.warnings.addAll(extraWarnings);
    return b.build(c);
  }

  private Policy build(Config c) {
    ConfigObject root = c.root();
    for (String k : new TreeSet<>(root.keySet())) {
      if (!TOP_KEYS.contains(k)) {
        throw fail(null, "unknown key '" + k + "' (allowed: " + sorted(TOP_KEYS) + ")", root.get(k));
      }
    }
    String id = requiredString(root, "id", null);
    if (ctx.expectedId() != null && !id.equals(ctx.expectedId())) {
      throw fail(
          null,
          "id \"" + id + "\" must equal the file name \"" + ctx.expectedId() + "\"",
          root.get("id"));
    }
    String county = county(root);
    Scope scope = enumValue(root, "scope", Scope.class, null, null);
    Semantics semantics = enumValue(root, "semantics", Semantics.class, Semantics.PROJECT, null);
    String description = optionalString(root, "description", null, "");
    String origin = optionalString(root, "origin", null, "");
    Map<String, ParameterValue> params = parameters(root);
    Map<String, ParameterLimit> limits = limits(root, params);

    ConfigValue rulesValue = root.get("rules");
    if (rulesValue == null) {
      throw fail(null, "missing key 'rules'", null);
    }
    if (rulesValue.valueType() != ConfigValueType.OBJECT) {
      throw fail(
          null,
          "'rules' must be an object keyed by rule id, each rule with an 'order' (not a list),"
              + " so that a county file can override one rule by id",
          rulesValue);
    }
    ConfigObject rulesObj = (ConfigObject) rulesValue;
    if (rulesObj.isEmpty()) {
      throw fail(null, "'rules' is empty", rulesValue);
    }
    List<Rule> rules = new ArrayList<>();
    Map<Integer, String> orders = new HashMap<>();
    Set<String> used = new LinkedHashSet<>();
    for (String ruleId : new TreeSet<>(rulesObj.keySet())) {
      Rule r = rule(ruleId, rulesObj.get(ruleId), params, used);
      String other = orders.putIfAbsent(r.order(), ruleId);
      if (other != null) {
        throw fail(
            ruleId,
            "duplicate order " + r.order() + " (also used by rule " + other + ")",
            ((ConfigObject) rulesObj.get(ruleId)).get("order"));
      }
      rules.add(r);
    }
    Fallback fallback = fallback(root);

    for (String p : params.keySet()) {
      if (!used.contains(p)) {
        warnings.add("parameter " + p + " is not used by any rule");
      }
    }
    Policy policy =
        new Policy(
            id, county, scope, semantics, description, origin, params, limits, rules, fallback,
            ctx.sources(), List.of());
    overlapWarnings(policy);
    return new Policy(
        id, county, scope, semantics, description, origin, params, limits, policy.rules(),
        fallback, ctx.sources(), warnings);
  }

  // --- top-level fields ---------------------------------------------------------------------

  private String county(ConfigObject root) {
    ConfigValue v = root.get("county");
    String county = null;
    if (v != null && v.valueType() != ConfigValueType.NULL) {
      if (v.valueType() != ConfigValueType.STRING) {
        throw fail(null, "'county' must be a DOJ county name in quotes, e.g. \"LOS ANGELES\"", v);
      }
      county = ((String) v.unwrapped()).strip();
      String c = county;
      if (Counties.ALL.stream().noneMatch(k -> k.dojName().equals(c))) {
        throw fail(
            null,
            "county \"" + county + "\" is not a DOJ county name (upper case, e.g. \"SAN JOAQUIN\")",
            v);
      }
    }
    if ("counties".equals(ctx.folder())) {
      if (county == null) {
        throw fail(null, "a county policy needs 'county'", null);
      }
      String slug = Counties.lookup(county).orElseThrow().slug();
      if (!slug.equals(ctx.expectedId())) {
        throw fail(
            null,
            "county \"" + county + "\" belongs in counties/" + slug + ".conf, not in this file",
            v);
      }
    }
    return county;
  }

  private Map<String, ParameterValue> parameters(ConfigObject root) {
    Map<String, ParameterValue> out = new TreeMap<>();
    ConfigValue v = root.get("parameters");
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      return out;
    }
    if (v.valueType() != ConfigValueType.OBJECT) {
      throw fail(null, "'parameters' must be an object", v);
    }
    ConfigObject o = (ConfigObject) v;
    for (String name : new TreeSet<>(o.keySet())) {
      ConfigValue pv = o.get(name);
      if (!NAME.matcher(name).matches()) {
        throw fail(
            null,
            "parameter name '" + name + "' must start with a lower-case letter and use letters,"
                + " digits or _",
            pv);
      }
      out.put(name, parameterValue(name, pv));
    }
    return out;
  }

  private ParameterValue parameterValue(String name, ConfigValue pv) {
    switch (pv.valueType()) {
      case NUMBER:
        return new ParameterValue.IntValue(wholeNumber(pv, "parameter " + name, null));
      case BOOLEAN:
        return new ParameterValue.BoolValue((Boolean) pv.unwrapped());
      case STRING:
        return new ParameterValue.TextValue(((String) pv.unwrapped()).strip());
      case LIST:
        List<String> items = new ArrayList<>();
        for (Object o : (List<?>) pv.unwrapped()) {
          if (o instanceof String s) {
            items.add(s.strip());
          } else if (o instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            items.add(Long.toString(n.longValue()));
          } else {
            throw fail(null, "parameter " + name + ": list items must be texts or whole numbers", pv);
          }
        }
        return new ParameterValue.ListValue(items);
      default:
        throw fail(
            null,
            "parameter " + name + " must be a whole number, a boolean, a text or a list of texts",
            pv);
    }
  }

  private Map<String, ParameterLimit> limits(ConfigObject root, Map<String, ParameterValue> params) {
    Map<String, ParameterLimit> out = new TreeMap<>();
    ConfigValue v = root.get("parameterLimits");
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      return out;
    }
    if (v.valueType() != ConfigValueType.OBJECT) {
      throw fail(null, "'parameterLimits' must be an object", v);
    }
    ConfigObject o = (ConfigObject) v;
    for (String name : new TreeSet<>(o.keySet())) {
      ConfigValue lv = o.get(name);
      if (!params.containsKey(name)) {
        throw fail(null, "parameterLimits." + name + ": no parameter " + name, lv);
      }
      if (lv.valueType() != ConfigValueType.OBJECT) {
        throw fail(null, "parameterLimits." + name + " must be an object", lv);
      }
      ConfigObject lo = (ConfigObject) lv;
      for (String k : new TreeSet<>(lo.keySet())) {
        if (!LIMIT_KEYS.contains(k)) {
          throw fail(
              null,
              "parameterLimits." + name + ": unknown key '" + k + "' (allowed: " + sorted(LIMIT_KEYS) + ")",
              lo.get(k));
        }
      }
      Integer min = lo.containsKey("min") ? wholeNumber(lo.get("min"), "parameterLimits." + name + ".min", null) : null;
      Integer max = lo.containsKey("max") ? wholeNumber(lo.get("max"), "parameterLimits." + name + ".max", null) : null;
      boolean allowZero = optionalBoolean(lo, "allowZero", null, false);
      List<String> allowed = new ArrayList<>();
      if (lo.containsKey("allowed")) {
        ParameterValue a = parameterValue("parameterLimits." + name + ".allowed", lo.get("allowed"));
        if (!(a instanceof ParameterValue.ListValue l)) {
          throw fail(null, "parameterLimits." + name + ".allowed must be a list", lo.get("allowed"));
        }
        allowed.addAll(l.value());
      }
      ParameterLimit limit;
      try {
        limit = new ParameterLimit(min, max, allowZero, allowed);
        limit.check(name, params.get(name));
      } catch (IllegalArgumentException e) {
        throw fail(null, e.getMessage(), ((ConfigObject) root.get("parameters")).get(name));
      }
      out.put(name, limit);
    }
    return out;
  }

  private Fallback fallback(ConfigObject root) {
    ConfigValue v = root.get("fallback");
    if (v == null) {
      throw fail(null, "missing key 'fallback' (use determination = NONE, reason = \"\" for none)", null);
    }
    if (v.valueType() != ConfigValueType.OBJECT) {
      throw fail(null, "'fallback' must be an object with determination and reason", v);
    }
    ConfigObject o = (ConfigObject) v;
    for (String k : new TreeSet<>(o.keySet())) {
      if (!FALLBACK_KEYS.contains(k)) {
        throw fail("fallback", "unknown key '" + k + "' (allowed: " + sorted(FALLBACK_KEYS) + ")", o.get(k));
      }
    }
    PolicyDetermination d = enumValue(o, "determination", PolicyDetermination.class, null, "fallback");
    String reason = requiredString(o, "reason", "fallback");
    checkPlaceholders("fallback", reason, null, o.get("reason"));
    return new Fallback(d, reason);
  }

  // --- rules ----------------------------------------------------------------------------------

  private Rule rule(String ruleId, ConfigValue v, Map<String, ParameterValue> params, Set<String> used) {
    if (!RULE_ID.matcher(ruleId).matches()) {
      throw fail(ruleId, "rule id must start with a letter and use letters, digits, - or _", v);
    }
    if (v.valueType() != ConfigValueType.OBJECT) {
      throw fail(ruleId, "a rule must be an object { order, when, determination, reason }", v);
    }
    ConfigObject o = (ConfigObject) v;
    for (String k : new TreeSet<>(o.keySet())) {
      if (!RULE_KEYS.contains(k)) {
        throw fail(ruleId, "unknown key '" + k + "' (allowed: " + sorted(RULE_KEYS) + ")", o.get(k));
      }
    }
    ConfigValue ov = o.get("order");
    if (ov == null) {
      throw fail(ruleId, "missing key 'order'", v);
    }
    int order = wholeNumber(ov, "order", ruleId);
    if (order < 0 || order > MAX_ORDER) {
      throw fail(ruleId, "order " + order + " is out of range 0.." + MAX_ORDER, ov);
    }
    boolean enabled = optionalBoolean(o, "enabled", ruleId, true);
    String enabledBy = optionalString(o, "enabledBy", ruleId, null);
    boolean active = enabled;
    Integer enabledByInt = null;
    if (enabledBy != null) {
      ParameterValue p = params.get(enabledBy);
      if (p == null) {
        throw fail(ruleId, "enabledBy: unknown parameter reference '" + enabledBy + "'", o.get("enabledBy"));
      }
      if (!(p instanceof ParameterValue.IntValue) && !(p instanceof ParameterValue.BoolValue)) {
        throw fail(
            ruleId,
            "enabledBy: parameter " + enabledBy + " is a " + p.typeName() + "; it must be a boolean or an integer",
            o.get("enabledBy"));
      }
      used.add(enabledBy);
      active = enabled && p.enables();
      if (p instanceof ParameterValue.IntValue i) {
        enabledByInt = i.value();
      }
    }
    ConfigValue wv = o.get("when");
    if (wv == null) {
      throw fail(ruleId, "missing key 'when' (use [always] for an unconditional rule)", v);
    }
    if (wv.valueType() != ConfigValueType.LIST) {
      throw fail(ruleId, "'when' must be a list of conditions, e.g. [notFelony, \"convictedBeforeAge(21)\"]", wv);
    }
    List<Clause> when = new ArrayList<>();
    for (Object item : (List<?>) wv.unwrapped()) {
      if (!(item instanceof String s)) {
        throw fail(ruleId, "each condition must be written as text, e.g. \"convictedBeforeAge(21)\"", wv);
      }
      Clause clause;
      try {
        clause = ClauseParser.parse(s, params);
      } catch (IllegalArgumentException e) {
        throw fail(ruleId, e.getMessage(), wv);
      }
      if (clause.condition().parameter() != null) {
        used.add(clause.condition().parameter());
      }
      when.add(clause);
    }
    if (when.isEmpty()) {
      throw fail(ruleId, "'when' is empty (use [always] for an unconditional rule)", wv);
    }
    PolicyDetermination d = enumValue(o, "determination", PolicyDetermination.class, null, ruleId);
    String reason = requiredString(o, "reason", ruleId);
    Integer n = numberForReason(when, enabledByInt);
    checkPlaceholders(ruleId, reason, n, o.get("reason"));
    String note = optionalString(o, "note", ruleId, "");
    return new Rule(ruleId, order, enabled, enabledBy, active, when, d, reason, n, note);
  }

  /**
   * The value of {@code {n}}: the first integer argument written as a parameter reference; else
   * the integer {@code enabledBy} parameter; else the first integer literal; else null.
   */
  static Integer numberForReason(List<Clause> when, Integer enabledByInt) {
    for (Clause c : when) {
      if (c.condition().number().isPresent() && c.condition().parameter() != null) {
        return c.condition().number().getAsInt();
      }
    }
    if (enabledByInt != null) {
      return enabledByInt;
    }
    for (Clause c : when) {
      if (c.condition().number().isPresent()) {
        return c.condition().number().getAsInt();
      }
    }
    return null;
  }

  private void checkPlaceholders(String ruleId, String reason, Integer n, ConfigValue at) {
    Matcher m = PLACEHOLDER.matcher(reason);
    while (m.find()) {
      String p = m.group(1);
      if (!PLACEHOLDERS.contains(p)) {
        throw fail(
            ruleId,
            "reason: unknown placeholder {" + p + "} (allowed: {section}, {rawSection}, {n})",
            at);
      }
      if (p.equals("n") && n == null) {
        throw fail(
            ruleId,
            "reason uses {n} but the rule has no integer argument or integer enabledBy",
            at);
      }
    }
  }

  /**
   * Warns when an earlier rule whose only clause is {@code sectionIn(L1)} makes a later
   * {@code sectionIn(L2)} unreachable for the sections in both lists (e.g. a section listed for
   * dismissal and for reduction, {@code prop64-rules.md} §9.5.1).
   */
  private void overlapWarnings(Policy p) {
    List<Rule> active = p.activeRules();
    for (int i = 0; i < active.size(); i++) {
      Rule a = active.get(i);
      if (a.when().size() != 1
          || a.when().get(0).negated()
          || !(a.when().get(0).condition() instanceof Condition.SectionIn sa)) {
        continue;
      }
      for (int j = i + 1; j < active.size(); j++) {
        Rule b = active.get(j);
        for (Clause c : b.when()) {
          if (!c.negated() && c.condition() instanceof Condition.SectionIn sb) {
            for (String s : sb.sections().value()) {
              if (sa.sections().value().contains(s)) {
                warnings.add(
                    "section " + s + " is listed in both " + listName(sa) + " (rule " + a.id()
                        + ") and " + listName(sb) + " (rule " + b.id() + "): rule " + a.id()
                        + " decides first (" + a.determination() + ")");
              }
            }
          }
        }
      }
    }
  }

  private static String listName(Condition.SectionIn s) {
    return s.sections().parameter() != null ? s.sections().parameter() : s.syntax();
  }

  // --- typed access with precise errors -----------------------------------------------------

  private String requiredString(ConfigObject o, String key, String ruleId) {
    ConfigValue v = o.get(key);
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      throw fail(ruleId, "missing key '" + key + "'", null);
    }
    if (v.valueType() != ConfigValueType.STRING) {
      throw fail(ruleId, "'" + key + "' must be a text", v);
    }
    return (String) v.unwrapped();
  }

  private String optionalString(ConfigObject o, String key, String ruleId, String dflt) {
    ConfigValue v = o.get(key);
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      return dflt;
    }
    if (v.valueType() != ConfigValueType.STRING) {
      throw fail(ruleId, "'" + key + "' must be a text", v);
    }
    return ((String) v.unwrapped()).strip();
  }

  private boolean optionalBoolean(ConfigObject o, String key, String ruleId, boolean dflt) {
    ConfigValue v = o.get(key);
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      return dflt;
    }
    if (v.valueType() != ConfigValueType.BOOLEAN) {
      throw fail(ruleId, "'" + key + "' must be true or false", v);
    }
    return (Boolean) v.unwrapped();
  }

  private int wholeNumber(ConfigValue v, String what, String ruleId) {
    if (v.valueType() != ConfigValueType.NUMBER) {
      throw fail(ruleId, what + " must be a whole number", v);
    }
    Number n = (Number) v.unwrapped();
    double d = n.doubleValue();
    if (d != Math.rint(d) || d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) {
      throw fail(ruleId, what + " must be a whole number, not " + n, v);
    }
    return n.intValue();
  }

  private <E extends Enum<E>> E enumValue(
      ConfigObject o, String key, Class<E> type, E dflt, String ruleId) {
    ConfigValue v = o.get(key);
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      if (dflt != null) {
        return dflt;
      }
      throw fail(ruleId, "missing key '" + key + "'", null);
    }
    List<String> names = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      names.add(e.name());
    }
    if (v.valueType() == ConfigValueType.STRING) {
      String s = ((String) v.unwrapped()).strip();
      for (E e : type.getEnumConstants()) {
        if (e.name().equals(s)) {
          return e;
        }
      }
      throw fail(ruleId, "bad " + key + " '" + s + "' (allowed: " + String.join(", ", names) + ")", v);
    }
    throw fail(ruleId, "bad " + key + " (allowed: " + String.join(", ", names) + ")", v);
  }

  // --- messages ------------------------------------------------------------------------------

  private PolicyException fail(String ruleId, String message, ConfigValue at) {
    StringBuilder b = new StringBuilder(ctx.file()).append(": ");
    if (ruleId != null) {
      b.append(ruleId.equals("fallback") ? "fallback: " : "rule " + ruleId + ": ");
    }
    b.append(message);
    String loc = location(at);
    if (loc != null) {
      b.append(" [").append(loc).append(']');
    }
    return new PolicyException(b.toString());
  }

  private String location(ConfigValue at) {
    if (at == null) {
      return null;
    }
    ConfigOrigin o = at.origin();
    String f =
        o.filename() != null
            ? PolicyLoader.displayName(Path.of(o.filename()))
            : o.resource() != null ? o.resource() : null;
    if (f == null || f.equals(ctx.file())) {
      return o.lineNumber() > 0 ? "line " + o.lineNumber() : null;
    }
    return o.lineNumber() > 0 ? f + ":" + o.lineNumber() : f;
  }

  private static String sorted(Set<String> s) {
    return String.join(", ", new TreeSet<>(s));
  }
}
