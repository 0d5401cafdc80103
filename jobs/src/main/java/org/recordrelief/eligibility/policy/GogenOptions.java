package org.recordrelief.eligibility.policy;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import com.typesafe.config.ConfigSyntax;
import com.typesafe.config.ConfigValue;
import com.typesafe.config.ConfigValueType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reads gogen's {@code --eligibility-options} JSON ({@code prop64-rules.md} §9.5.1, §9.5.2) into
 * parameter overrides of a configurable preset. Errors name the JSON file and the JSON key.
 */
final class GogenOptions {
  private GogenOptions() {}

  record Result(Map<String, Object> parameters, List<String> warnings) {}

  /** JSON option → policy parameter. */
  private static final Map<String, String> ADDITIONAL_2020 =
      Map.of(
          "subjectUnder21AtConviction", "subjectUnder21AtConviction",
          "subjectAgeThreshold", "subjectAgeThreshold",
          "yearsSinceConvictionThreshold", "yearsSinceConvictionThreshold",
          "yearsCrimeFreeThreshold", "yearsCrimeFreeThreshold",
          "subjectHasOnlyProp64Charges", "subjectHasOnlyProp64Charges",
          "subjectIsDeceased", "subjectIsDeceased");

  private static final Map<String, String> ADDITIONAL_2019_07 =
      Map.of(
          "subjectUnder21AtConviction", "subjectUnder21AtConviction",
          "subjectAgeThreshold", "subjectAgeThreshold",
          "yearsSinceConvictionThreshold", "yearsSinceConvictionThreshold");

  private static final Set<String> BOOLEAN_OPTIONS =
      Set.of("subjectUnder21AtConviction", "subjectHasOnlyProp64Charges", "subjectIsDeceased");

  private static final List<String> FINAL_KEYS = List.of("11357", "11358", "11359", "11360");

  static Result read(Path json, String presetId, Policy base) {
    boolean is2020 = presetId.equals(PolicyLoader.CONFIGURABLE_2020);
    if (!is2020 && !presetId.equals(PolicyLoader.CONFIGURABLE_2019_07)) {
      throw new PolicyException(
          "gogen options apply to " + PolicyLoader.CONFIGURABLE_2020 + " or "
              + PolicyLoader.CONFIGURABLE_2019_07 + ", not " + presetId);
    }
    String file = PolicyLoader.displayName(json);
    if (!Files.isRegularFile(json)) {
      throw new PolicyException(file + ": options file not found");
    }
    Config c;
    try {
      c = ConfigFactory.parseFile(
          json.toFile(),
          ConfigParseOptions.defaults().setSyntax(ConfigSyntax.JSON).setAllowMissing(false));
    } catch (ConfigException e) {
      throw new PolicyException(file + ": " + PolicyLoader.oneLine(e.getMessage()), e);
    }
    Map<String, String> additional = is2020 ? ADDITIONAL_2020 : ADDITIONAL_2019_07;
    List<String> warnings = new ArrayList<>();
    Map<String, Object> out = new LinkedHashMap<>();

    ConfigObject root = c.root();
    checkKeys(file, "", root, Set.of("baselineEligibility", "additionalRelief"), presetId);
    ConfigObject baseline = object(file, root, "baselineEligibility");
    ConfigObject relief = object(file, root, "additionalRelief");
    checkKeys(file, "baselineEligibility.", baseline, Set.of("dismiss", "reduce"), presetId);
    checkKeys(file, "additionalRelief.", relief, additional.keySet(), presetId);

    List<String> dismiss = sectionList(file, baseline, "dismiss", is2020, presetId, usedBy(base, "dismissSections"));
    List<String> reduce = sectionList(file, baseline, "reduce", is2020, presetId, usedBy(base, "reduceSections"));
    out.put("parameters.dismissSections", dismiss);
    if (is2020) {
      out.put("parameters.reduceSections", reduce);
    } else if (baseline.containsKey("reduce")) {
      warnings.add(
          "options baselineEligibility.reduce is ignored by " + presetId
              + ": every felony that is not dismissed is reduced");
    }

    for (String option : new TreeSet<>(additional.keySet())) {
      String param = additional.get(option);
      ConfigValue v = relief.get(option);
      String key = "additionalRelief." + option;
      Object value;
      if (BOOLEAN_OPTIONS.contains(option)) {
        if (v == null || v.valueType() == ConfigValueType.NULL) {
          value = false;
        } else if (v.valueType() == ConfigValueType.BOOLEAN) {
          value = v.unwrapped();
        } else {
          throw new PolicyException(file + ": " + key + " must be true or false");
        }
      } else {
        if (v == null || v.valueType() == ConfigValueType.NULL) {
          value = 0;
        } else if (v.valueType() == ConfigValueType.NUMBER
            && ((Number) v.unwrapped()).doubleValue() == Math.rint(((Number) v.unwrapped()).doubleValue())
            && Math.abs(((Number) v.unwrapped()).doubleValue()) < 1e6) {
          value = ((Number) v.unwrapped()).intValue();
        } else {
          throw new PolicyException(file + ": " + key + " must be a whole number");
        }
        ParameterLimit limit = base.parameterLimits().get(param);
        if (limit != null) {
          try {
            limit.check(key, new ParameterValue.IntValue((Integer) value));
          } catch (IllegalArgumentException e) {
            throw new PolicyException(file + ": " + e.getMessage().replace("parameter ", "option "));
          }
        }
      }
      out.put("parameters." + param, value);
    }
    return new Result(out, warnings);
  }

  /** " (parameter p, used by rule C2)" for messages. */
  private static String usedBy(Policy base, String param) {
    List<String> ids = new ArrayList<>();
    for (Rule r : base.rules()) {
      for (Clause c : r.when()) {
        if (param.equals(c.condition().parameter())) {
          ids.add(r.id());
        }
      }
    }
    return ids.isEmpty() ? "" : " (parameter " + param + ", used by rule " + String.join(", ", ids) + ")";
  }

  private static List<String> sectionList(
      String file, ConfigObject baseline, String option, boolean is2020, String presetId, String usedBy) {
    String key = "baselineEligibility." + option;
    ConfigValue v = baseline.get(option);
    List<String> out = new ArrayList<>();
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      return out;
    }
    if (v.valueType() != ConfigValueType.LIST) {
      throw new PolicyException(file + ": " + key + " must be a list of section keys");
    }
    for (Object o : (List<?>) v.unwrapped()) {
      if (!(o instanceof String s)) {
        throw new PolicyException(file + ": " + key + ": section keys must be texts such as \"11357\"");
      }
      if (is2020 && !FINAL_KEYS.contains(s)) {
        throw new PolicyException(
            file + ": " + key + ": section key \"" + s + "\" is not accepted by " + presetId
                + usedBy + ": keys must be exactly 11357, 11358, 11359 or 11360 (gogen stopped"
                + " with a nil-pointer panic on such keys, defect D-15)");
      }
      if (!is2020 && !Condition.SECTION_KEY.matcher(s).matches()) {
        throw new PolicyException(file + ": " + key + ": \"" + s + "\" is not a section key" + usedBy);
      }
      out.add(s);
    }
    return out;
  }

  private static ConfigObject object(String file, ConfigObject parent, String key) {
    ConfigValue v = parent.get(key);
    if (v == null || v.valueType() == ConfigValueType.NULL) {
      return ConfigFactory.empty().root();
    }
    if (v.valueType() != ConfigValueType.OBJECT) {
      throw new PolicyException(file + ": " + key + " must be an object");
    }
    return (ConfigObject) v;
  }

  private static void checkKeys(
      String file, String prefix, ConfigObject o, Set<String> allowed, String presetId) {
    for (String k : new TreeSet<>(o.keySet())) {
      if (!allowed.contains(k)) {
        throw new PolicyException(
            file + ": unknown option " + prefix + k + " for " + presetId + " (allowed: "
                + String.join(", ", new TreeSet<>(allowed)) + ")");
      }
    }
  }
}
