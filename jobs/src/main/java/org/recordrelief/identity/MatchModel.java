package org.recordrelief.identity;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.recordrelief.config.IdentitySettings;

/**
 * Fellegi–Sunter parameters and scoring ({@code entity-resolution.md} §5): per comparison level
 * m = P(level | same person) and u = P(level | different people); weight = log2(m / u); total =
 * log2(λ / (1 − λ)) + Σ weights + TF adjustment + alias penalty. Every term is itemised.
 */
public final class MatchModel implements Serializable {
  private static final long serialVersionUID = 1L;

  /** Smallest probability kept (no level is impossible; weights stay finite). */
  static final double P_MIN = 1e-7;

  /**
   * Least m of MIDDLE DISAGREE: one person's records can give different middle names (a second
   * given name, a mother's surname). Within one CII that is hardly ever seen, so the data alone
   * would make a conflicting middle name nearly a veto (about −11 bits); at 1 pair in 500 it
   * weighs about −7.
   */
  static final double MIDDLE_DISAGREE_MIN_M = 0.002;

  /** Built-in prior m and u per level, blended with the data by {@code priorStrength}. */
  static final Map<Comparison, double[][]> PRIORS = new EnumMap<>(Comparison.class);

  static {
    // {m, u} per level, in Comparison level order.
    PRIORS.put(Comparison.NAME, new double[][] {
        {0.85, 0.002}, {0.03, 0.0005}, {0.01, 0.00005}, {0.04, 0.001}, {0.02, 0.0005},
        {0.02, 0.002}, {0.01, 0.005}, {0.01, 0.98}, {0.01, 0.01}});
    // MIDDLE: m is conditional on NAME agreeing above INITIAL; NOT_COMPARED is set to m = u = 1
    // in training (it weighs nothing).
    PRIORS.put(Comparison.MIDDLE, new double[][] {
        {0.3, 0.002}, {0.2, 0.035}, {MIDDLE_DISAGREE_MIN_M, 0.3}, {0.498, 0.663}, {1, 1}});
    PRIORS.put(Comparison.DOB, new double[][] {
        {0.90, 0.00005}, {0.03, 0.0005}, {0.01, 0.00003}, {0.01, 0.001}, {0.02, 0.03},
        {0.01, 0.95}, {0.02, 0.02}});
    PRIORS.put(Comparison.SEX, new double[][] {{0.97, 0.5}, {0.01, 0.48}, {0.02, 0.02}});
    PRIORS.put(Comparison.RACE, new double[][] {{0.90, 0.4}, {0.08, 0.58}, {0.02, 0.02}});
    // TYPO: about 9 × 9 one-digit neighbours (plus 8 swaps) of a 9-digit number, by chance;
    // TWO_TYPOS: about 36 × 81 two-digit neighbours, and two copies each mistyped once.
    PRIORS.put(Comparison.FBI, new double[][] {
        {0.5, 0.000001}, {0.01, 0.0000001}, {0.002, 0.000003}, {0.003, 0.3}, {0.485, 0.7}});
    PRIORS.put(Comparison.CDL, new double[][] {
        {0.4, 0.000001}, {0.01, 0.0000001}, {0.002, 0.000003}, {0.008, 0.3}, {0.58, 0.7}});
    PRIORS.put(Comparison.SSN, new double[][] {
        {0.4, 0.000001}, {0.01, 0.0000001}, {0.002, 0.000003}, {0.008, 0.3}, {0.58, 0.7}});
    // Same-person profile pairs rarely carry two CIIs (a split fingerprint record, or the number
    // mistyped): m is a stated assumption, not learnable from within-CII pairs; NULL is neutral
    // by definition. TYPO's u: CIIs one keying error apart in 1 of 1,000 random pairs, set
    // high on purpose: CII numbers are issued in sequence, so people booked together (twins,
    // co-defendants) can hold neighbouring numbers. The u sample rarely sees such a pair, so
    // the prior's pseudo-counts decide it (about 3 bits): it lifts the DIFFERENT penalty (about
    // -4 bits), and a merge still needs a rare name, the DOB, the county or an id.
    PRIORS.put(Comparison.CII, new double[][] {{0.01, 0.001}, {0.05, 0.95}, {1, 1}});
    PRIORS.put(Comparison.COUNTY, new double[][] {{0.85, 0.15}, {0.13, 0.83}, {0.02, 0.02}});
  }

  /**
   * Floor on a county's share in the COUNTY term-frequency adjustment: sharing a small county
   * is stronger evidence than sharing Los Angeles, but by a bounded amount (a person's records
   * also reach other counties, and a county name can be miskeyed).
   */
  static final double COUNTY_TF_FLOOR = 0.02;

  /** One parameter row. */
  public record Param(Comparison comparison, String level, double m, double u, long mCount,
      long uCount) implements Serializable {
    public double weight() {
      if (comparison == Comparison.CII && level.equals("NULL")) {
        return 0;
      }
      return log2(m / u);
    }
  }

  private final Map<String, Param> params;
  private final double matchPrior;
  private final double tfFloor;
  private final boolean useRace;
  /** County → share of profiles with a record there (COUNTY term frequencies); sorted. */
  private final java.util.TreeMap<String, Double> countyShares;

  public MatchModel(List<Param> params, double matchPrior, double tfFloor, boolean useRace) {
    this(params, matchPrior, tfFloor, useRace, Map.of());
  }

  public MatchModel(List<Param> params, double matchPrior, double tfFloor, boolean useRace,
      Map<String, Double> countyShares) {
    Map<String, Param> p = new LinkedHashMap<>();
    for (Param x : params) {
      p.put(x.comparison() + "|" + x.level(), x);
    }
    this.params = p;
    this.matchPrior = matchPrior;
    this.tfFloor = tfFloor;
    this.useRace = useRace;
    this.countyShares = new java.util.TreeMap<>(countyShares);
  }

  /**
   * Estimate the model from level counts: {@code mCounts} from same-person pairs (identity
   * snapshots inside one CII), {@code uCounts} from random profile pairs. Each probability is
   * (count + α·prior) / (n + α) with α per side, so small inputs fall back on the priors.
   */
  public static MatchModel train(Map<Comparison, Map<String, Long>> mCounts,
      Map<Comparison, Map<String, Long>> uCounts, IdentitySettings s) {
    return train(mCounts, uCounts, s, Map.of());
  }

  /** As {@link #train(Map, Map, IdentitySettings)}, with the COUNTY term frequencies. */
  public static MatchModel train(Map<Comparison, Map<String, Long>> mCounts,
      Map<Comparison, Map<String, Long>> uCounts, IdentitySettings s,
      Map<String, Double> countyShares) {
    List<Param> out = new ArrayList<>();
    for (Comparison c : Comparison.values()) {
      double[][] prior = PRIORS.get(c);
      Map<String, Long> mc = mCounts.getOrDefault(c, Map.of());
      Map<String, Long> uc = uCounts.getOrDefault(c, Map.of());
      // CII levels cannot be learned from within-CII pairs: m stays the prior.
      long mn = c == Comparison.CII ? 0 : mc.values().stream().mapToLong(Long::longValue).sum();
      long un = uc.values().stream().mapToLong(Long::longValue).sum();
      double am = s.mPriorStrength();
      double au = s.uPriorStrength();
      for (int i = 0; i < c.levels().size(); i++) {
        String level = c.levels().get(i);
        long mk = c == Comparison.CII ? 0 : mc.getOrDefault(level, 0L);
        long uk = uc.getOrDefault(level, 0L);
        double m = mn + am == 0 ? prior[i][0] : (mk + am * prior[i][0]) / (mn + am);
        double u = un + au == 0 ? prior[i][1] : (uk + au * prior[i][1]) / (un + au);
        if (c == Comparison.MIDDLE && level.equals("DISAGREE")) {
          m = Math.max(m, MIDDLE_DISAGREE_MIN_M);
        }
        if (level.equals(Comparison.NOT_COMPARED)) {
          m = 1; // not a probability: the level weighs nothing
          u = 1;
        }
        out.add(new Param(c, level, Math.max(m, P_MIN), Math.max(u, P_MIN), mk, uk));
      }
    }
    capTypoLevels(out);
    return new MatchModel(out, s.matchPrior(), s.tfFloor(), s.useRace(), countyShares);
  }

  /**
   * A strong id one keying error off never weighs more than the exact id, less one bit, and two
   * keying errors off never more than one, less one bit: their u is hardly observable in a
   * random sample (no chance near-misses), so the prior alone would make a typo count for more
   * than an agreement.
   */
  private static void capTypoLevels(List<Param> params) {
    for (int i = 0; i < params.size(); i++) {
      Param t = params.get(i);
      String above = switch (t.level()) {
        case "TYPO" -> "AGREE";
        case "TWO_TYPOS" -> "TYPO";
        default -> null;
      };
      if (above == null) {
        continue;
      }
      Param upper = params.stream().filter(p -> p.comparison() == t.comparison()
          && p.level().equals(above)).findFirst().orElse(null);
      if (upper == null) {
        continue; // no level to stay below (a CII: equal CIIs are one profile)
      }
      double maxWeight = upper.weight() - 1;
      if (t.weight() > maxWeight) {
        params.set(i, new Param(t.comparison(), t.level(), t.m(), t.m() / Math.pow(2, maxWeight),
            t.mCount(), t.uCount()));
      }
    }
  }

  /** The parameter rows in comparison and level order. */
  public List<Param> params() {
    return List.copyOf(params.values());
  }

  public Param param(Comparison c, String level) {
    return params.get(c + "|" + level);
  }

  public boolean useRace() {
    return useRace;
  }

  /** County → share of profiles with a record there. */
  public Map<String, Double> countyShares() {
    return java.util.Collections.unmodifiableMap(countyShares);
  }

  /** A county's share of profiles (0 when unknown: the floor applies). */
  public double countyShare(String county) {
    return countyShares.getOrDefault(county, 0.0);
  }

  /** The weight of agreeing on {@code county}: log2(m(AGREE) / max(share, floor)). */
  public double countyAgreeWeight(String county) {
    return param(Comparison.COUNTY, "AGREE").weight() + countyTfTerm(countyShare(county));
  }

  /** Sharing a rare county is stronger evidence than sharing a populous one (floored). */
  private double countyTfTerm(double share) {
    return log2(param(Comparison.COUNTY, "AGREE").u() / Math.max(share, COUNTY_TF_FLOOR));
  }

  /** Prior term log2(λ / (1 − λ)). */
  public double priorWeight() {
    return log2(matchPrior / (1 - matchPrior));
  }

  /** SHA-256 over the rendered parameters (recorded in the summary). */
  public String hash() {
    StringBuilder sb = new StringBuilder();
    sb.append(matchPrior).append('|').append(tfFloor).append('|').append(useRace);
    for (Param p : params.values()) {
      sb.append('|').append(p.comparison()).append(':').append(p.level()).append(':')
          .append(String.format(Locale.ROOT, "%.9g:%.9g", p.m(), p.u()));
    }
    countyShares.forEach((c, v) ->
        sb.append("|COUNTY_SHARE:").append(c).append(':')
            .append(String.format(Locale.ROOT, "%.9g", v)));
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One itemised contribution. */
  public record Term(Comparison.Hit hit, double weight, double tfTerm) implements Serializable {}

  /**
   * A scored pair: per comparison terms, the alias penalty, the total weight and probability.
   */
  public record Score(List<Term> terms, double prior, double aliasPenalty, double total,
      double probability) implements Serializable {

    /** A readable summary such as {@code +NAME(exact,rare) +DOB(exact) +SEX -CII(different)}. */
    public String matchKey() {
      StringBuilder sb = new StringBuilder();
      for (Term t : terms) {
        if (t.hit().level().equals("NULL") || t.hit().level().equals(Comparison.NOT_COMPARED)) {
          continue;
        }
        double w = t.weight() + t.tfTerm();
        String level = t.hit().level().toLowerCase(Locale.ROOT);
        String label = switch (t.hit().comparison()) {
          case SEX, RACE, FBI, CDL, SSN, COUNTY -> t.hit().level().equals("AGREE") ? "" : "(" + level + ")";
          default -> "(" + level
              + (t.hit().comparison() == Comparison.NAME && t.hit().level().equals("EXACT")
                  ? (t.tfTerm() >= 0 ? ",rare" : ",common") : "") + ")";
        };
        if (sb.length() > 0) {
          sb.append(' ');
        }
        sb.append(w >= 0 ? '+' : '-').append(t.hit().comparison()).append(label);
      }
      if (aliasPenalty < 0) {
        sb.append(" -ALIASES");
      }
      return sb.toString();
    }
  }

  /** Score the comparisons of two profiles. */
  public Score score(List<Comparison.Hit> hits) {
    List<Term> terms = new ArrayList<>(hits.size());
    double total = priorWeight();
    double aliasPenalty = 0;
    for (Comparison.Hit h : hits) {
      Param p = param(h.comparison(), h.level());
      double w = p.weight();
      double tf = 0;
      if (h.comparison() == Comparison.NAME && h.level().equals("EXACT") && h.tf() > 0) {
        // Exact agreement on a rare full name is stronger evidence than on a common one.
        tf = log2(p.u() / Math.max(h.tf(), tfFloor));
      }
      if (h.comparison() == Comparison.COUNTY && h.level().equals("AGREE")) {
        tf = countyTfTerm(h.tf());
      }
      if (h.comparison() == Comparison.NAME && h.candidates() > 1) {
        // Trying k alias pairs makes a chance agreement about k times likelier; half of that
        // is charged (aliases of one person are not independent draws).
        aliasPenalty = -0.5 * log2(h.candidates());
      }
      terms.add(new Term(h, w, tf));
      total += w + tf;
    }
    total += aliasPenalty;
    double odds = Math.pow(2, total);
    return new Score(terms, priorWeight(), aliasPenalty, total, odds / (1 + odds));
  }

  /** Compare and score two profiles. */
  public Score score(ProfileValues a, ProfileValues b) {
    return score(Comparison.compareAll(a, b, useRace, this::countyShare));
  }

  static double log2(double x) {
    return Math.log(x) / Math.log(2);
  }
}
