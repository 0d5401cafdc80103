package org.recordrelief.publish.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tolerant reading of the parsed {@code summary.json} / {@code manifest.json} maps: a missing or
 * mistyped value reads as empty or 0, so a partial summary (a failed run) still renders.
 */
final class Data {
  private Data() {}

  @SuppressWarnings("unchecked")
  static Map<String, Object> map(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> out = new LinkedHashMap<>();
      ((Map<Object, Object>) m).forEach((k, v) -> out.put(String.valueOf(k), v));
      return out;
    }
    return Map.of();
  }

  static Map<String, Object> map(Map<String, Object> m, String key) {
    return map(m == null ? null : m.get(key));
  }

  static List<Object> list(Object o) {
    return o instanceof List<?> l ? new ArrayList<>(l) : List.of();
  }

  static long num(Object o) {
    if (o instanceof Number n) {
      return n.longValue();
    }
    if (o instanceof String s) {
      try {
        return Long.parseLong(s.strip());
      } catch (NumberFormatException e) {
        return 0;
      }
    }
    return 0;
  }

  static boolean has(Map<String, Object> m, String key) {
    return m != null && m.get(key) != null;
  }

  static String str(Object o) {
    return o == null ? "" : String.valueOf(o);
  }

  /** key → number. */
  static Map<String, Long> counts(Object o) {
    Map<String, Long> out = new LinkedHashMap<>();
    map(o).forEach((k, v) -> out.put(k, num(v)));
    return out;
  }

  /** key → key → number. */
  static Map<String, Map<String, Long>> counts2(Object o) {
    Map<String, Map<String, Long>> out = new LinkedHashMap<>();
    map(o).forEach((k, v) -> out.put(k, counts(v)));
    return out;
  }

  /** key → key → key → number. */
  static Map<String, Map<String, Map<String, Long>>> counts3(Object o) {
    Map<String, Map<String, Map<String, Long>>> out = new LinkedHashMap<>();
    map(o).forEach((k, v) -> out.put(k, counts2(v)));
    return out;
  }

  static long sum(Map<String, Long> m) {
    long n = 0;
    for (long v : m.values()) {
      n += v;
    }
    return n;
  }
}
