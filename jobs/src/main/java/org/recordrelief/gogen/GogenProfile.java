package org.recordrelief.gogen;

import java.util.List;
import org.recordrelief.eligibility.policy.Semantics;

/**
 * The gogen versions the compatible export reproduces ({@code prop64-rules.md} §9.8): each fixes
 * the export layout, the file names, the summary flavour and the few predicates whose gogen
 * semantics differ between versions.
 */
public enum GogenProfile {
  /** Final configurable gogen (2020, v0.2.13), the version run by Code for America's BEAR. */
  GOGEN_2020(EligibilityColumn.FINAL_2020),
  /** gogen_pilots {@code los_angeles} branch (2019-10-31): 17 columns, no "Occurred after". */
  GOGEN_PILOTS_LA_2019_10(EligibilityColumn.LOS_ANGELES_2019_10),
  /**
   * gogen_pilots {@code f04e1ff} (2019-07-01): Sacramento, San Joaquin, Contra Costa, early Los
   * Angeles and early configurable flows; 12 columns.
   */
  GOGEN_PILOTS_2019_07(EligibilityColumn.PILOTS_2019_07);

  private final List<EligibilityColumn> columns;

  GogenProfile(List<EligibilityColumn> columns) {
    this.columns = columns;
  }

  /**
   * The profile that answers a policy of the given semantics.
   *
   * @throws IllegalArgumentException for {@link Semantics#PROJECT}: project-semantics policies
   *     are decided over the project's fact model, never over a gogen view
   */
  public static GogenProfile of(Semantics semantics) {
    return switch (semantics) {
      case GOGEN_2020 -> GOGEN_2020;
      case GOGEN_PILOTS_LA_2019_10 -> GOGEN_PILOTS_LA_2019_10;
      case GOGEN_PILOTS_2019_07 -> GOGEN_PILOTS_2019_07;
      case PROJECT -> throw new IllegalArgumentException(
          "PROJECT semantics has no gogen compatibility profile");
    };
  }

  /** Eligibility columns in export order (18, 17 or 12). */
  public List<EligibilityColumn> columns() {
    return columns;
  }

  /**
   * Los Angeles 2019-10: an offense row and a {@code 186.22(B)(4) PC} row in one case form a
   * super strike.
   */
  public boolean losAngelesGangPairs() {
    return this == GOGEN_PILOTS_LA_2019_10;
  }
}
