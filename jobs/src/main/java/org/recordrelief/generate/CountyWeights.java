package org.recordrelief.generate;

import java.util.SplittableRandom;
import org.recordrelief.doj.Counties;
import org.recordrelief.doj.Counties.County;

/**
 * County sampling weighted roughly by population (thousands of residents, rounded 2020 census
 * figures), in the order of {@link Counties#ALL}. Los Angeles is about a quarter of all draws;
 * Alpine, Sierra and Modoc are rare.
 */
final class CountyWeights {
  private CountyWeights() {}

  private static final double[] POPULATION_THOUSANDS = {
    1682, // ALAMEDA
    1.2, // ALPINE
    40, // AMADOR
    211, // BUTTE
    46, // CALAVERAS
    22, // COLUSA
    1166, // CONTRA COSTA
    28, // DEL NORTE
    192, // EL DORADO
    1008, // FRESNO
    29, // GLENN
    136, // HUMBOLDT
    180, // IMPERIAL
    19, // INYO
    909, // KERN
    153, // KINGS
    68, // LAKE
    33, // LASSEN
    10014, // LOS ANGELES
    157, // MADERA
    262, // MARIN
    17, // MARIPOSA
    91, // MENDOCINO
    281, // MERCED
    8.7, // MODOC
    13, // MONO
    439, // MONTEREY
    138, // NAPA
    103, // NEVADA
    3186, // ORANGE
    404, // PLACER
    20, // PLUMAS
    2418, // RIVERSIDE
    1585, // SACRAMENTO
    64, // SAN BENITO
    2181, // SAN BERNARDINO
    3298, // SAN DIEGO
    874, // SAN FRANCISCO
    779, // SAN JOAQUIN
    282, // SAN LUIS OBISPO
    764, // SAN MATEO
    449, // SANTA BARBARA
    1936, // SANTA CLARA
    271, // SANTA CRUZ
    182, // SHASTA
    3.2, // SIERRA
    44, // SISKIYOU
    453, // SOLANO
    489, // SONOMA
    552, // STANISLAUS
    99, // SUTTER
    65, // TEHAMA
    16, // TRINITY
    473, // TULARE
    55, // TUOLUMNE
    843, // VENTURA
    217, // YOLO
    81 // YUBA
  };

  private static final double[] CUM;
  private static final County[] COUNTIES = Counties.ALL.toArray(new County[0]);

  /** Court ORI descriptions and agency names, precomputed per county. */
  static final String[] COURT_DESCR = new String[COUNTIES.length];

  static final String[] MUNI_DESCR = new String[COUNTIES.length];
  static final String[] POLICE_DESCR = new String[COUNTIES.length];
  static final String[] SHERIFF_DESCR = new String[COUNTIES.length];
  static final String[] NUMBER = new String[COUNTIES.length];

  static {
    if (POPULATION_THOUSANDS.length != COUNTIES.length) {
      throw new IllegalStateException("population table does not cover all counties");
    }
    CUM = Weighted.cumulative(POPULATION_THOUSANDS);
    for (int i = 0; i < COUNTIES.length; i++) {
      String name = COUNTIES[i].dojName();
      COURT_DESCR[i] = "CASC" + name;
      MUNI_DESCR[i] = "CAMC" + name;
      POLICE_DESCR[i] = "CAPD" + name;
      SHERIFF_DESCR[i] = "CASO" + name;
      int n = COUNTIES[i].number();
      NUMBER[i] = (n < 10 ? "0" : "") + n;
    }
  }

  /** Number of counties (58). */
  static int size() {
    return COUNTIES.length;
  }

  /** Index of a population-weighted county. */
  static int pick(SplittableRandom rng) {
    return Weighted.pick(CUM, rng);
  }

  /** A population-weighted county other than {@code exclude}. */
  static int pickOther(SplittableRandom rng, int exclude) {
    for (int tries = 0; tries < 16; tries++) {
      int c = pick(rng);
      if (c != exclude) {
        return c;
      }
    }
    return (exclude + 1 + rng.nextInt(COUNTIES.length - 1)) % COUNTIES.length;
  }

  static County county(int index) {
    return COUNTIES[index];
  }
}
