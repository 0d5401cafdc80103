package org.recordrelief.nightly;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The identity drift alert ({@code entity-resolution.md} §9): the identity figures of two runs'
 * {@code summary.json} side by side. A jump in candidate pairs of one blocking rule, in merges
 * or in the review queue usually means the extract changed shape (a column shifted, a code set
 * changed), not that the population did; it is worth a look before the counties pull. Figures
 * are compared per profile, so a larger extract alone is no drift. Pure.
 */
public final class IdentityDrift {
  private IdentityDrift() {}

  /** One figure that moved too far: its values and the ratio of its per-profile shares. */
  public record Drift(String figure, long previous, long now, double ratio) {
    Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("figure", figure);
      m.put("previous", previous);
      m.put("now", now);
      m.put("ratio_per_profile", Math.round(ratio * 1000) / 1000.0);
      return m;
    }

    /** A log line (figure names and counts only: no identifying value). */
    public String describe() {
      return figure + " " + previous + " -> " + now + " (x" + Math.round(ratio * 100) / 100.0
          + " per profile)";
    }
  }

  /**
   * The drifted figures, in name order. Inputs: the {@code identity} sections of the previous
   * and current {@code summary.json} (resolve mode; anything else compares nothing).
   */
  public static List<Drift> compare(Map<String, Object> previous, Map<String, Object> now,
      double factor, long minCount) {
    List<Drift> out = new ArrayList<>();
    Map<String, Long> p = figures(previous);
    Map<String, Long> n = figures(now);
    Long pp = p.get("profiles");
    Long np = n.get("profiles");
    if (pp == null || np == null || pp == 0 || np == 0) {
      return out;
    }
    for (String k : new java.util.TreeSet<>(p.keySet())) {
      if (k.equals("profiles") || !n.containsKey(k)) {
        continue;
      }
      long a = p.get(k);
      long b = n.get(k);
      if (Math.max(a, b) < minCount) {
        continue;
      }
      double ratio = ((b + 1.0) / np) / ((a + 1.0) / pp);
      if (ratio > factor || ratio < 1 / factor) {
        out.add(new Drift(k, a, b, ratio));
      }
    }
    return out;
  }

  static List<Map<String, Object>> toMaps(List<Drift> drifts) {
    return drifts.stream().map(Drift::toMap).toList();
  }

  /** The compared figures: whole-number counts, nested maps flattened to {@code a.b}. */
  private static Map<String, Long> figures(Map<String, Object> identity) {
    Map<String, Long> out = new TreeMap<>();
    if (identity == null || !"resolve".equals(identity.get("mode"))) {
      return out;
    }
    for (Map.Entry<String, Object> e : identity.entrySet()) {
      if (e.getKey().equals("cluster_size_histogram")) {
        continue; // its buckets are covered by persons and merges
      }
      if (e.getValue() instanceof Number v) {
        out.put(e.getKey(), v.longValue());
      } else if (e.getValue() instanceof Map<?, ?> m) {
        for (Map.Entry<?, ?> x : m.entrySet()) {
          if (x.getValue() instanceof Number v) {
            out.put(e.getKey() + "." + x.getKey(), v.longValue());
          }
        }
      }
    }
    return out;
  }
}
