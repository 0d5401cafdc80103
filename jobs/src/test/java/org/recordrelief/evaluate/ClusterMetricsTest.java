package org.recordrelief.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.recordrelief.evaluate.ClusterMetrics.Cell;

class ClusterMetricsTest {

  /**
   * Predicted P1 = {a, a, b}, P2 = {b}, P3 = {c}; true a = 2 items, b = 2, c = 1. One merge (P1),
   * one split (b), one exact cluster (c).
   */
  static final List<Cell> EXAMPLE =
      List.of(new Cell("P1", "a", 2), new Cell("P1", "b", 1), new Cell("P2", "b", 1),
          new Cell("P3", "c", 1));

  @Test
  void sumsOfAHandMadeTable() {
    ClusterMetrics.Sums s = ClusterMetrics.sums(EXAMPLE);
    assertEquals(5, s.items());
    assertEquals(1, s.truePositivePairs(), "C(2,2) from the a-a cell");
    assertEquals(3, s.predictedPairs(), "C(3,2) in P1");
    assertEquals(2, s.truePairs(), "C(2,2) for a and for b");
    assertEquals(4.0 / 3 + 1.0 / 3 + 1 + 1, s.bcubedPrecisionSum(), 1e-12);
    assertEquals(2 + 0.5 + 0.5 + 1, s.bcubedRecallSum(), 1e-12);
    assertEquals(3, s.predictedClusters());
    assertEquals(3, s.trueClusters());
    assertEquals(1, s.merges());
    assertEquals(1, s.splits());
    assertEquals(1, s.exact());
  }

  @Test
  @SuppressWarnings("unchecked")
  void figuresOfAHandMadeTable() {
    Map<String, Object> f = ClusterMetrics.figures(ClusterMetrics.sums(EXAMPLE));
    Map<String, Object> pw = (Map<String, Object>) f.get("pairwise");
    assertEquals(2L, pw.get("fp"));
    assertEquals(1L, pw.get("fn"));
    assertEquals(1.0 / 3, (double) pw.get("precision"), 1e-12);
    assertEquals(0.5, (double) pw.get("recall"), 1e-12);
    assertEquals(0.4, (double) pw.get("f1"), 1e-12);
    // F0.5 = 1.25 P R / (0.25 P + R)
    assertEquals(1.25 / 6 / (0.25 / 3 + 0.5), (double) pw.get("f0_5"), 1e-12);
    Map<String, Object> bc = (Map<String, Object>) f.get("bcubed");
    assertEquals(11.0 / 15, (double) bc.get("precision"), 1e-12);
    assertEquals(0.8, (double) bc.get("recall"), 1e-12);
    Map<String, Object> cl = (Map<String, Object>) f.get("clusters");
    assertEquals(1.0 / 3, (double) cl.get("exact_cluster_rate"), 1e-12);
  }

  @Test
  @SuppressWarnings("unchecked")
  void perfectAndEmptyClusterings() {
    Map<String, Object> f = ClusterMetrics.figures(ClusterMetrics.sums(
        List.of(new Cell("X", "a", 3), new Cell("Y", "b", 1))));
    Map<String, Object> pw = (Map<String, Object>) f.get("pairwise");
    assertEquals(1.0, pw.get("precision"));
    assertEquals(1.0, pw.get("recall"));
    assertEquals(1.0, ((Map<String, Object>) f.get("bcubed")).get("recall"));
    Map<String, Object> none = ClusterMetrics.figures(ClusterMetrics.sums(List.of()));
    assertEquals(1.0, ((Map<String, Object>) none.get("pairwise")).get("recall"));
    assertEquals(0.0, ClusterMetrics.fBeta(0, 0, 1));
    assertEquals("5-9", ClusterMetrics.sizeBucket(7));
    assertEquals("3", ClusterMetrics.sizeBucket(3));
  }
}
