package org.recordrelief.identity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Given-name variants → canonical name, from the project's own table {@code identity/nicknames.txt}. */
public final class Nicknames {
  private Nicknames() {}

  private static final Map<String, String> CANONICAL = load();

  private static Map<String, String> load() {
    Map<String, String> m = new HashMap<>();
    String path = "identity/nicknames.txt";
    try (InputStream in = Nicknames.class.getClassLoader().getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("not on the classpath: " + path);
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line; (line = r.readLine()) != null; ) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String canonical = line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        m.putIfAbsent(canonical, canonical);
        for (String v : line.substring(colon + 1).split(",")) {
          String variant = v.strip().toUpperCase(Locale.ROOT);
          if (!variant.isEmpty()) {
            m.putIfAbsent(variant, canonical);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    return Map.copyOf(m);
  }

  /** The canonical form of a given name (the name itself when not in the table). */
  public static String canonical(String first) {
    return first == null ? null : CANONICAL.getOrDefault(first, first);
  }
}
