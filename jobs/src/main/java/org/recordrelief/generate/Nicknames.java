package org.recordrelief.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Given-name diminutives (Robert ↔ Bob, Francisco ↔ Pancho) from the project's own hand-written
 * table {@code org/recordrelief/generate/nicknames.txt}, usable in both directions.
 */
final class Nicknames {
  private Nicknames() {}

  static final String RESOURCE = "/org/recordrelief/generate/nicknames.txt";

  private static final Map<String, List<String>> VARIANTS = load();

  /** The names {@code name} may be written as instead (diminutives or the formal name), or empty. */
  static List<String> variants(String name) {
    return VARIANTS.getOrDefault(name, List.of());
  }

  private static Map<String, List<String>> load() {
    Map<String, Set<String>> m = new HashMap<>();
    try (InputStream in = Nicknames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("resource missing: " + RESOURCE);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int eq = line.indexOf('=');
        if (eq <= 0) {
          throw new IllegalStateException(RESOURCE + ": malformed line " + line);
        }
        String formal = line.substring(0, eq).strip();
        for (String n : line.substring(eq + 1).split(",")) {
          String nick = n.strip();
          if (!nick.isEmpty() && !nick.equals(formal)) {
            m.computeIfAbsent(formal, k -> new LinkedHashSet<>()).add(nick);
            m.computeIfAbsent(nick, k -> new LinkedHashSet<>()).add(formal);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
    Map<String, List<String>> out = new HashMap<>();
    m.forEach((k, v) -> out.put(k, List.copyOf(new ArrayList<>(v))));
    return Map.copyOf(out);
  }
}
