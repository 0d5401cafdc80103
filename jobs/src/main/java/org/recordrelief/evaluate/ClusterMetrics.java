package org.recordrelief.evaluate;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairwise and B-cubed clustering metrics from a contingency table of predicted cluster × true
 * cluster ({@code entity-resolution.md} §10.2, §10.3). With n_ij items of true cluster j in
 * predicted cluster i, a_i = Σ_j n_ij and b_j = Σ_i n_ij:
 *
 * <ul>
 *   <li>TP = Σ C(n_ij, 2); predicted pairs = Σ C(a_i, 2); true pairs = Σ C(b_j, 2); FP =
 *       predicted − TP; FN = true − TP (pairs the blocking never compared are in FN too, because
 *       they are true pairs that did not end up in one cluster);
 *   <li>B-cubed precision = (1/N) Σ n_ij² / a_i and recall = (1/N) Σ n_ij² / b_j;
 *   <li>merges = predicted clusters holding at least two true clusters; splits = true clusters
 *       spread over at least two predicted clusters; exact = true clusters recovered exactly.
 * </ul>
 *
 * The sums are computed either here from a list of cells (small tables, tests) or by Spark
 * aggregations ({@link IdentityEvaluation}); {@link #figures} turns them into the reported values.
 */
public final class ClusterMetrics {
  private ClusterMetrics() {}

  /** One cell of the contingency table. */
  public record Cell(String predicted, String truth, long n) {}

  /**
   * The sums every metric is derived from.
   *
   * @param items N
   * @param truePositivePairs Σ C(n_ij, 2)
   * @param predictedPairs Σ C(a_i, 2)
   * @param truePairs Σ C(b_j, 2)
   * @param bcubedPrecisionSum Σ n_ij² / a_i
   * @param bcubedRecallSum Σ n_ij² / b_j
   * @param predictedClusters number of predicted clusters
   * @param trueClusters number of true clusters
   * @param merges predicted clusters with at least two true clusters
   * @param splits true clusters over at least two predicted clusters
   * @param exact true clusters equal to a predicted cluster
   */
  public record Sums(
      long items,
      long truePositivePairs,
      long predictedPairs,
      long truePairs,
      double bcubedPrecisionSum,
      double bcubedRecallSum,
      long predictedClusters,
      long trueClusters,
      long merges,
      long splits,
      long exact) {}

  /** C(n, 2). */
  public static long pairs(long n) {
    return n * (n - 1) / 2;
  }

  /** The sums of a small table held in memory. */
  public static Sums sums(List<Cell> cells) {
    Map<String, Long> a = new HashMap<>();
    Map<String, Long> b = new HashMap<>();
    Map<String, Integer> truthsPerPredicted = new HashMap<>();
    Map<String, Integer> predictedPerTruth = new HashMap<>();
    long n = 0;
    long tp = 0;
    for (Cell c : cells) {
      a.merge(c.predicted(), c.n(), Long::sum);
      b.merge(c.truth(), c.n(), Long::sum);
      truthsPerPredicted.merge(c.predicted(), 1, Integer::sum);
      predictedPerTruth.merge(c.truth(), 1, Integer::sum);
      n += c.n();
      tp += pairs(c.n());
    }
    double bp = 0;
    double br = 0;
    long exact = 0;
    for (Cell c : cells) {
      double sq = (double) c.n() * c.n();
      bp += sq / a.get(c.predicted());
      br += sq / b.get(c.truth());
      if (c.n() == a.get(c.predicted()) && c.n() == b.get(c.truth())) {
        exact++;
      }
    }
    long pp = a.values().stream().mapToLong(ClusterMetrics::pairs).sum();
    long trueP = b.values().stream().mapToLong(ClusterMetrics::pairs).sum();
    long merges = truthsPerPredicted.values().stream().filter(k -> k >= 2).count();
    long splits = predictedPerTruth.values().stream().filter(k -> k >= 2).count();
    return new Sums(n, tp, pp, trueP, bp, br, a.size(), b.size(), merges, splits, exact);
  }

  /** Precision, recall, F1, F0.5 and the confusion counts; B-cubed; cluster counts. */
  public static Map<String, Object> figures(Sums s) {
    Map<String, Object> m = new LinkedHashMap<>();
    long fp = s.predictedPairs() - s.truePositivePairs();
    long fn = s.truePairs() - s.truePositivePairs();
    double p = ratio(s.truePositivePairs(), s.predictedPairs());
    double r = ratio(s.truePositivePairs(), s.truePairs());
    Map<String, Object> pairwise = new LinkedHashMap<>();
    pairwise.put("true_pairs", s.truePairs());
    pairwise.put("predicted_pairs", s.predictedPairs());
    pairwise.put("tp", s.truePositivePairs());
    pairwise.put("fp", fp);
    pairwise.put("fn", fn);
    pairwise.put("precision", p);
    pairwise.put("recall", r);
    pairwise.put("f1", fBeta(p, r, 1.0));
    pairwise.put("f0_5", fBeta(p, r, 0.5));
    m.put("pairwise", pairwise);
    double bp = s.items() == 0 ? 1.0 : s.bcubedPrecisionSum() / s.items();
    double br = s.items() == 0 ? 1.0 : s.bcubedRecallSum() / s.items();
    Map<String, Object> bcubed = new LinkedHashMap<>();
    bcubed.put("precision", bp);
    bcubed.put("recall", br);
    bcubed.put("f1", fBeta(bp, br, 1.0));
    m.put("bcubed", bcubed);
    Map<String, Object> clusters = new LinkedHashMap<>();
    clusters.put("items", s.items());
    clusters.put("predicted_clusters", s.predictedClusters());
    clusters.put("true_clusters", s.trueClusters());
    clusters.put("merges", s.merges());
    clusters.put("splits", s.splits());
    clusters.put("exact_clusters", s.exact());
    clusters.put("exact_cluster_rate", ratio(s.exact(), s.trueClusters()));
    m.put("clusters", clusters);
    return m;
  }

  /** F-beta of precision p and recall r (0 when both are 0). */
  public static double fBeta(double p, double r, double beta) {
    double b2 = beta * beta;
    double d = b2 * p + r;
    return d == 0 ? 0.0 : (1 + b2) * p * r / d;
  }

  /** a / b, or 1 when b is 0 (nothing to find, nothing wrong). */
  public static double ratio(long a, long b) {
    return b == 0 ? 1.0 : (double) a / b;
  }

  /** Bucket of a cluster size for the histogram: 1, 2, 3, 4, 5-9, 10-49, 50+. */
  public static String sizeBucket(long size) {
    if (size <= 4) {
      return Long.toString(size);
    }
    return size < 10 ? "5-9" : size < 50 ? "10-49" : "50+";
  }
}
