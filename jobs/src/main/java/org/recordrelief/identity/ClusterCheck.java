package org.recordrelief.identity;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.recordrelief.config.IdentitySettings;

/**
 * Constraint checks on a candidate cluster ({@code entity-resolution.md} §6): a cluster that
 * spans several CIIs is accepted only with no cannot-link pair inside, no bridge edge below the
 * strong weight and at most N CIIs. (Shared CIIs are handled edge by edge, against the CII's
 * core.) A bridge below the strong weight still stands when it is <em>corroborated</em>: every
 * pair of profiles across it, compared directly, weighs at least the review threshold. A chain
 * is dangerous when its ends are different people; here no member on one side is, on direct
 * comparison, clearly someone other than any member on the other (and the bridge is {@link
 * Edge#corroborable}). A cluster rejected for weak
 * bridges keeps its strongly linked parts: the weak bridges are cut and each part is checked
 * again, so adding a doubtful link never undoes the merges that stand without it. Pure; called
 * per cluster.
 */
public final class ClusterCheck {
  private ClusterCheck() {}

  /**
   * A clustering edge: a MERGE edge, or a DET_SUBJECT_ID must-link (never a weak bridge).
   * {@code corroborable}: whether, as a weak bridge, it may stand on corroboration (see {@link
   * IdentityResolution#corroborable}).
   */
  public record Edge(String a, String b, double weight, boolean mustLink, boolean corroborable) {
    public Edge(String a, String b, double weight, boolean mustLink) {
      this(a, b, weight, mustLink, true);
    }
  }

  /**
   * The verdict.
   *
   * @param accepted the members form one person
   * @param problems why not (empty when accepted), e.g. {@code WEAK_BRIDGE}, {@code CANNOT_LINK}
   * @param bridges edges whose removal splits the cluster ("a|b", sorted)
   * @param corroboratedBridges bridges below the strong weight that stand because every pair
   *     across them weighs at least the review threshold ("a|b", sorted)
   * @param minEdgeWeight smallest weight of a non-must-link edge, or NaN when none
   * @param ciiCount distinct CIIs
   * @param groups the member groups that each form one person (sorted profile ids, groups in
   *     order of their first member): all members when accepted, else the accepted parts left
   *     after cutting weak bridges; members in no group stay alone
   */
  public record Verdict(boolean accepted, List<String> problems, List<String> bridges,
      List<String> corroboratedBridges, double minEdgeWeight, int ciiCount,
      List<List<String>> groups) {}

  /** Direct comparison of two profiles: the model's total weight. */
  @FunctionalInterface
  public interface PairScore extends java.io.Serializable {
    double weight(ProfileValues a, ProfileValues b);
  }

  /** Without a pair score: every bridge below the strong weight is weak. */
  public static Verdict check(List<ProfileValues> members, List<Edge> edges, IdentitySettings s) {
    return check(members, edges, s, Map.of(), null);
  }

  /**
   * As above, with reviewer decisions by pair ({@code a~b}, ids in order → MUST_LINK or
   * CANNOT_LINK): a reviewer's CANNOT_LINK is a cannot-link ({@code HUMAN_CANNOT_LINK}); a
   * MUST_LINK sets aside the model's vetoes between those two profiles (the reviewer saw them).
   * With {@code score} (else null), a bridge below the strong weight can be corroborated.
   */
  public static Verdict check(List<ProfileValues> members, List<Edge> edges, IdentitySettings s,
      Map<String, String> reviewer, PairScore score) {
    Set<String> ciis = new TreeSet<>();
    for (ProfileValues p : members) {
      if (p.cii() != null) {
        ciis.add(p.cii());
      }
    }
    double min = Double.NaN;
    for (Edge e : edges) {
      if (!e.mustLink()) {
        min = Double.isNaN(min) ? e.weight() : Math.min(min, e.weight());
      }
    }
    List<String> problems = new ArrayList<>();
    List<String> bridges = new ArrayList<>();
    if (ciis.size() > s.maxClusterCiis()) {
      problems.add("TOO_MANY_CIIS");
      // Bridges and pairs are not examined on an oversized cluster (giant-component guard).
      return new Verdict(false, problems, bridges, List.of(), min, ciis.size(), List.of());
    }
    Set<String> vetoes = new TreeSet<>();
    for (int i = 0; i < members.size(); i++) {
      for (int j = i + 1; j < members.size(); j++) {
        String human = reviewer.get(ReviewerDecision.pairKey(members.get(i).profileId(),
            members.get(j).profileId()));
        if (ReviewerDecision.Kind.CANNOT_LINK.name().equals(human)) {
          vetoes.add(IdentityResolution.HUMAN_CANNOT_LINK);
        } else if (!ReviewerDecision.Kind.MUST_LINK.name().equals(human)) {
          vetoes.addAll(Constraints.vetoes(members.get(i), members.get(j), s));
        }
      }
    }
    for (String v : vetoes) {
      problems.add("CANNOT_LINK:" + v);
    }
    List<Edge> weak = new ArrayList<>();
    List<String> corroborated = new ArrayList<>();
    for (Edge e : bridges(edges)) {
      bridges.add(e.a() + "|" + e.b());
      // A two-profile cluster's only edge is trivially a bridge; chains need three profiles.
      if (!e.mustLink() && e.weight() < s.strongEdgeWeight() && ciis.size() > 1
          && members.size() > 2) {
        if (score != null && e.corroborable() && corroborated(e, members, edges, s, score)) {
          corroborated.add(e.a() + "|" + e.b());
          continue;
        }
        weak.add(e);
        if (!problems.contains("WEAK_BRIDGE")) {
          problems.add("WEAK_BRIDGE");
        }
      }
    }
    bridges.sort(null);
    corroborated.sort(null);
    List<List<String>> groups = new ArrayList<>();
    if (problems.isEmpty()) {
      groups.add(members.stream().map(ProfileValues::profileId).sorted().toList());
    } else if (!weak.isEmpty()) {
      List<Edge> kept = new ArrayList<>(edges);
      kept.removeAll(weak);
      for (List<ProfileValues> part : parts(members, kept)) {
        Set<String> ids = new HashSet<>();
        part.forEach(p -> ids.add(p.profileId()));
        List<Edge> partEdges = kept.stream().filter(e -> ids.contains(e.a())).toList();
        groups.addAll(check(part, partEdges, s, reviewer, score).groups());
      }
      groups.sort(java.util.Comparator.comparing(g -> g.get(0)));
    }
    return new Verdict(problems.isEmpty(), problems, bridges, List.copyOf(corroborated), min,
        ciis.size(), List.copyOf(groups));
  }

  /**
   * Whether every pair of members across bridge {@code b} (one on each side once it is cut)
   * weighs at least the review threshold when compared directly.
   */
  static boolean corroborated(Edge b, List<ProfileValues> members, List<Edge> edges,
      IdentitySettings s, PairScore score) {
    List<Edge> rest = new ArrayList<>(edges);
    rest.remove(b);
    Set<String> sideA = new HashSet<>();
    for (List<ProfileValues> part : parts(members, rest)) {
      if (part.stream().anyMatch(p -> p.profileId().equals(b.a()))) {
        part.forEach(p -> sideA.add(p.profileId()));
      }
    }
    sideA.add(b.a()); // a side of one member is no part
    for (ProfileValues x : members) {
      if (!sideA.contains(x.profileId())) {
        continue;
      }
      for (ProfileValues y : members) {
        if (!sideA.contains(y.profileId()) && score.weight(x, y) < s.reviewThreshold()) {
          return false;
        }
      }
    }
    return true;
  }

  /** The connected parts of two or more members under {@code edges}. */
  static List<List<ProfileValues>> parts(List<ProfileValues> members, List<Edge> edges) {
    Map<String, List<String>> adj = new HashMap<>();
    for (Edge e : edges) {
      adj.computeIfAbsent(e.a(), x -> new ArrayList<>()).add(e.b());
      adj.computeIfAbsent(e.b(), x -> new ArrayList<>()).add(e.a());
    }
    Map<String, ProfileValues> byId = new HashMap<>();
    members.forEach(p -> byId.put(p.profileId(), p));
    Set<String> seen = new HashSet<>();
    List<List<ProfileValues>> out = new ArrayList<>();
    for (ProfileValues start : members) {
      if (!seen.add(start.profileId())) {
        continue;
      }
      List<ProfileValues> part = new ArrayList<>();
      Deque<String> todo = new ArrayDeque<>(List.of(start.profileId()));
      while (!todo.isEmpty()) {
        String n = todo.poll();
        part.add(byId.get(n));
        for (String m : adj.getOrDefault(n, List.of())) {
          if (seen.add(m)) {
            todo.add(m);
          }
        }
      }
      if (part.size() > 1) {
        out.add(part);
      }
    }
    return out;
  }

  /** Edges whose removal disconnects their endpoints (parallel edges are never bridges). */
  static List<Edge> bridges(List<Edge> edges) {
    List<Edge> out = new ArrayList<>();
    for (int k = 0; k < edges.size(); k++) {
      Edge e = edges.get(k);
      Map<String, List<String>> adj = new HashMap<>();
      for (int i = 0; i < edges.size(); i++) {
        if (i != k) {
          Edge f = edges.get(i);
          adj.computeIfAbsent(f.a(), x -> new ArrayList<>()).add(f.b());
          adj.computeIfAbsent(f.b(), x -> new ArrayList<>()).add(f.a());
        }
      }
      Set<String> seen = new HashSet<>();
      Deque<String> todo = new ArrayDeque<>();
      todo.add(e.a());
      seen.add(e.a());
      while (!todo.isEmpty()) {
        for (String n : adj.getOrDefault(todo.poll(), List.of())) {
          if (seen.add(n)) {
            todo.add(n);
          }
        }
      }
      if (!seen.contains(e.b())) {
        out.add(e);
      }
    }
    return out;
  }
}
