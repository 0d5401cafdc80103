package org.recordrelief.config;

import com.typesafe.config.Config;
import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * Identity resolution settings ({@code recordrelief.identity}, {@code entity-resolution.md}).
 *
 * @param mode RESOLVE (profiles per CII, scored cross-CII merges) or SUBJECT_ID (one person per
 *     DOJ SUBJECT_ID, as gogen; conformance presets)
 * @param mergeThreshold total match weight (bits) at or above which an edge is MERGE
 * @param reviewThreshold weight at or above which an edge is REVIEW
 * @param possibleThreshold weight at or above which an edge is kept as a POSSIBLE match
 * @param ciiTypoReviewFloor an edge between CIIs one keying error apart that weighs at least
 *     this (but less than the review threshold) is lifted to REVIEW
 * @param strongEdgeWeight a bridge edge of a multi-CII cluster must weigh at least this
 * @param blockSizeCap blocking keys shared by more profiles than this are skipped (and counted)
 * @param maxClusterCiis a cluster spanning more CIIs goes to review instead of merging
 * @param maxIterations connected-components iteration cap (the run fails when reached)
 * @param uSampleProfiles profiles sampled (by seeded hash) whose all pairs estimate u
 * @param mSampleProfiles CII profiles sampled whose identity snapshots estimate m
 * @param mPriorStrength pseudo-count of the built-in prior m (same-person snapshot pairs)
 * @param uPriorStrength pseudo-count of the built-in prior u (random pairs; large, because a
 *     small input's few true matches would otherwise dominate its random pairs)
 * @param matchPrior λ, the prior probability that a candidate pair is a match
 * @param tfFloor floor on the term frequency used for exact full-name agreement
 * @param seed seed of every sample
 * @param useRace compare race (low weight) at all
 * @param sexConflictVeto a sex conflict on well-attested values is a cannot-link
 * @param sexConflictMinRows rows each side needs for its single sex to count as well attested
 * @param placeholderDobs raw DOB values (YYYYMMDD) or patterns with {@code y} for any digit
 *     ({@code yyyy0101}) treated as unknown for matching; the year stays usable for blocking
 */
public record IdentitySettings(
    Mode mode,
    double mergeThreshold,
    double reviewThreshold,
    double possibleThreshold,
    double ciiTypoReviewFloor,
    double strongEdgeWeight,
    int blockSizeCap,
    int maxClusterCiis,
    int maxIterations,
    int uSampleProfiles,
    int mSampleProfiles,
    double mPriorStrength,
    double uPriorStrength,
    double matchPrior,
    double tfFloor,
    long seed,
    boolean useRace,
    boolean sexConflictVeto,
    int sexConflictMinRows,
    List<String> placeholderDobs)
    implements Serializable {

  /** How persons are formed. */
  public enum Mode {
    RESOLVE,
    SUBJECT_ID
  }

  public IdentitySettings {
    if (!(mergeThreshold >= reviewThreshold && reviewThreshold >= possibleThreshold)) {
      throw new SettingsException("recordrelief.identity.thresholds must satisfy "
          + "merge >= review >= possible");
    }
    if (!(ciiTypoReviewFloor <= reviewThreshold)) {
      throw new SettingsException("recordrelief.identity.thresholds.ciiTypoReview must not "
          + "exceed thresholds.review");
    }
    if (blockSizeCap < 2 || maxClusterCiis < 1 || maxIterations < 1) {
      throw new SettingsException("recordrelief.identity: blockSizeCap must be >= 2, "
          + "maxClusterCiis and maxIterations >= 1");
    }
    if (uSampleProfiles < 2 || mSampleProfiles < 1) {
      throw new SettingsException("recordrelief.identity: uSampleProfiles must be >= 2, "
          + "mSampleProfiles >= 1");
    }
    if (!(matchPrior > 0 && matchPrior < 1) || !(tfFloor > 0 && tfFloor < 1)
        || mPriorStrength < 0 || uPriorStrength < 0) {
      throw new SettingsException("recordrelief.identity: matchPrior and tfFloor must be in "
          + "(0, 1), priorStrength.m and .u >= 0");
    }
    for (String p : placeholderDobs) {
      if (!p.matches("[0-9y]{8}")) {
        throw new SettingsException("recordrelief.identity.placeholderDobs: '" + p
            + "' is not 8 characters of digits or y");
      }
    }
    placeholderDobs = List.copyOf(placeholderDobs);
  }

  static IdentitySettings from(Config c) {
    String mode = c.getString("mode").strip().toUpperCase(Locale.ROOT).replace('-', '_');
    Mode m;
    try {
      m = Mode.valueOf(mode);
    } catch (IllegalArgumentException e) {
      throw new SettingsException("configuration error: recordrelief.identity.mode = "
          + c.getString("mode") + " is not one of resolve, subject-id");
    }
    return new IdentitySettings(m,
        c.getDouble("thresholds.merge"),
        c.getDouble("thresholds.review"),
        c.getDouble("thresholds.possible"),
        c.getDouble("thresholds.ciiTypoReview"),
        c.getDouble("strongEdgeWeight"),
        c.getInt("blockSizeCap"),
        c.getInt("maxClusterCiis"),
        c.getInt("maxIterations"),
        c.getInt("uSampleProfiles"),
        c.getInt("mSampleProfiles"),
        c.getDouble("priorStrength.m"),
        c.getDouble("priorStrength.u"),
        c.getDouble("matchPrior"),
        c.getDouble("tfFloor"),
        c.getLong("seed"),
        c.getBoolean("useRace"),
        c.getBoolean("sexConflictVeto"),
        c.getInt("sexConflictMinRows"),
        c.getStringList("placeholderDobs"));
  }

  /** A copy with another mode (tests, conformance presets). */
  public IdentitySettings withMode(Mode m) {
    return new IdentitySettings(m, mergeThreshold, reviewThreshold, possibleThreshold,
        ciiTypoReviewFloor, strongEdgeWeight, blockSizeCap, maxClusterCiis, maxIterations,
        uSampleProfiles, mSampleProfiles, mPriorStrength, uPriorStrength, matchPrior, tfFloor,
        seed, useRace, sexConflictVeto, sexConflictMinRows, placeholderDobs);
  }

  /** A copy with another cluster-size limit (tests). */
  public IdentitySettings withMaxClusterCiis(int n) {
    return new IdentitySettings(mode, mergeThreshold, reviewThreshold, possibleThreshold,
        ciiTypoReviewFloor, strongEdgeWeight, blockSizeCap, n, maxIterations, uSampleProfiles,
        mSampleProfiles, mPriorStrength, uPriorStrength, matchPrior, tfFloor, seed, useRace,
        sexConflictVeto, sexConflictMinRows, placeholderDobs);
  }

  /** A copy with another iteration cap (tests). */
  public IdentitySettings withMaxIterations(int n) {
    return new IdentitySettings(mode, mergeThreshold, reviewThreshold, possibleThreshold,
        ciiTypoReviewFloor, strongEdgeWeight, blockSizeCap, maxClusterCiis, n, uSampleProfiles,
        mSampleProfiles, mPriorStrength, uPriorStrength, matchPrior, tfFloor, seed, useRace,
        sexConflictVeto, sexConflictMinRows, placeholderDobs);
  }

  /** A copy with another block-size cap (tests). */
  public IdentitySettings withBlockSizeCap(int n) {
    return new IdentitySettings(mode, mergeThreshold, reviewThreshold, possibleThreshold,
        ciiTypoReviewFloor, strongEdgeWeight, n, maxClusterCiis, maxIterations, uSampleProfiles,
        mSampleProfiles, mPriorStrength, uPriorStrength, matchPrior, tfFloor, seed, useRace,
        sexConflictVeto, sexConflictMinRows, placeholderDobs);
  }

  /** A copy with another floor for lifting CII-typo edges to REVIEW (tests). */
  public IdentitySettings withCiiTypoReviewFloor(double floor) {
    return new IdentitySettings(mode, mergeThreshold, reviewThreshold, possibleThreshold,
        floor, strongEdgeWeight, blockSizeCap, maxClusterCiis, maxIterations,
        uSampleProfiles, mSampleProfiles, mPriorStrength, uPriorStrength, matchPrior, tfFloor,
        seed, useRace, sexConflictVeto, sexConflictMinRows, placeholderDobs);
  }
}
