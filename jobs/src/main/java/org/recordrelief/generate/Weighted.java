package org.recordrelief.generate;

import java.util.SplittableRandom;

/** Weighted sampling helpers over cumulative weight tables (last entry = 1.0). */
final class Weighted {
  private Weighted() {}

  /** Cumulative, normalised table of the given non-negative weights. */
  static double[] cumulative(double[] weights) {
    double total = 0;
    for (double w : weights) {
      if (!(w >= 0)) {
        throw new IllegalArgumentException("negative weight " + w);
      }
      total += w;
    }
    if (!(total > 0)) {
      throw new IllegalArgumentException("weights sum to zero");
    }
    double[] cum = new double[weights.length];
    double run = 0;
    for (int i = 0; i < weights.length; i++) {
      run += weights[i];
      cum[i] = run / total;
    }
    cum[cum.length - 1] = 1.0;
    return cum;
  }

  /** Cumulative Zipf table: weight of rank r (1-based) is 1 / r^s. */
  static double[] zipf(int n, double s) {
    double[] w = new double[n];
    for (int i = 0; i < n; i++) {
      w[i] = 1.0 / Math.pow(i + 1, s);
    }
    return cumulative(w);
  }

  /** Index drawn from a cumulative table. */
  static int pick(double[] cum, SplittableRandom rng) {
    double u = rng.nextDouble();
    int lo = 0;
    int hi = cum.length - 1;
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (cum[mid] > u) {
        hi = mid;
      } else {
        lo = mid + 1;
      }
    }
    return lo;
  }

  /** Standard exponential variate (mean 1). */
  static double exp1(SplittableRandom rng) {
    return -Math.log(1.0 - rng.nextDouble());
  }

  /** True with probability p. */
  static boolean chance(SplittableRandom rng, double p) {
    return p > 0 && rng.nextDouble() < p;
  }

  /** One of the values, uniformly. */
  static <T> T oneOf(SplittableRandom rng, T[] values) {
    return values[rng.nextInt(values.length)];
  }

  /** One of the values, uniformly. */
  static int oneOf(SplittableRandom rng, int[] values) {
    return values[rng.nextInt(values.length)];
  }
}
