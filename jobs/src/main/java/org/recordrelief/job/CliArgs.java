package org.recordrelief.job;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordrelief.config.SettingsException;

/**
 * Minimal {@code --flag value…} parsing: a flag takes the values up to the next flag. Unknown
 * flags are errors, reported as one line.
 */
public final class CliArgs {
  private final Map<String, List<String>> values = new LinkedHashMap<>();

  private CliArgs() {}

  public static CliArgs parse(String[] args, int from, Set<String> allowed, Set<String> switches) {
    CliArgs a = new CliArgs();
    String current = null;
    for (int i = from; i < args.length; i++) {
      String s = args[i];
      if (s.startsWith("--")) {
        String name = s.substring(2);
        String inline = null;
        int eq = name.indexOf('=');
        if (eq > 0) {
          inline = name.substring(eq + 1);
          name = name.substring(0, eq);
        }
        if (!allowed.contains(name) && !switches.contains(name)) {
          throw new SettingsException("unknown option --" + name + " (see --help)");
        }
        a.values.computeIfAbsent(name, k -> new ArrayList<>());
        current = switches.contains(name) ? null : name;
        if (inline != null) {
          a.values.get(name).add(inline);
        }
      } else if (current == null) {
        throw new SettingsException("unexpected argument '" + s + "' (see --help)");
      } else {
        a.values.get(current).add(s);
      }
    }
    return a;
  }

  public boolean has(String name) {
    return values.containsKey(name);
  }

  public List<String> all(String name) {
    return values.getOrDefault(name, List.of());
  }

  public String one(String name) {
    List<String> v = all(name);
    if (v.isEmpty()) {
      if (has(name)) {
        throw new SettingsException("--" + name + " needs a value");
      }
      return null;
    }
    if (v.size() > 1) {
      throw new SettingsException("--" + name + " takes one value, got " + v.size());
    }
    return v.get(0);
  }

  public String required(String name) {
    String v = one(name);
    if (v == null) {
      throw new SettingsException("missing --" + name);
    }
    return v;
  }
}
