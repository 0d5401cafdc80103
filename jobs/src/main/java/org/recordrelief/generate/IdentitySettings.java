package org.recordrelief.generate;

import com.typesafe.config.Config;
import com.typesafe.config.ConfigValue;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Identity corruption of the synthetic data ({@code entity-resolution.md} §11.1, §11.3, §11.6):
 * the block {@code recordrelief.generate.identity}. Every value is drawn from the person's
 * identity stream (or, for the population traps, its own family stream), so none of these knobs
 * changes a history, except that a trap person takes the name and date of birth of the person it
 * imitates before its history is drawn.
 *
 * <p>A person has one primary identity snapshot (the true identity) and, with {@code
 * duplicateRate}, further snapshots, each used for some of the person's cycles. The d-th extra
 * snapshot corrupts each field group (name, DOB, SSN, CDL, FBI) with a probability that ramps
 * linearly from {@code startProbCorrupt} (d = 1) to {@code endProbCorrupt} (d = maxSnapshots - 1),
 * and blanks it with a probability ramping from {@code startProbNull} to {@code endProbNull}.
 *
 * @param enabled false: every row carries the true identity, no traps, no adversarial people (the
 *     output is then byte-identical to a generator without identity corruption)
 * @param duplicateRate per person: at least one extra identity snapshot
 * @param extraDuplicateRate per extra snapshot: yet another one (until maxSnapshots)
 * @param maxSnapshots most identity snapshots per person, the primary included (2..9)
 * @param newSubjectIdRate per extra snapshot: a second SUBJECT_ID issued for it
 * @param splitCiiRate per extra snapshot: a second CII issued (split CII)
 * @param missingCiiRate per extra snapshot: CII_NUMBER blank
 * @param ciiTypoRate per extra snapshot: a one-digit CII typo (a CII nobody has)
 * @param sharedCiiRate per extra snapshot: a relative's CII (a nearby person of the same surname)
 * @param ciiCollisionRate per extra snapshot: a CII typo landing on another real person's CII
 * @param startProbCorrupt per field group, first extra snapshot: corrupted
 * @param endProbCorrupt per field group, last possible extra snapshot: corrupted
 * @param startProbNull per nullable field group (DOB, SSN, CDL, FBI), first extra snapshot: blank
 * @param endProbNull per nullable field group, last possible extra snapshot: blank
 * @param sexMiscodeRate per extra snapshot: GENDER miscoded
 * @param raceMiscodeRate per extra snapshot: RACE miscoded or another code set
 * @param rowNameTypoRate per row: a one-off typo in PRI_NAME on that row only
 * @param rowDobTypoRate per row: a one-off keypad typo in PRI_DOB on that row only
 * @param rowCiiMissingRate per row: CII_NUMBER blank on that row only
 * @param twinRate per person: a twin of the previous person (same DOB and surname, other first
 *     name, own CII)
 * @param juniorRate per person: father or son of the previous (male) person (same name, other DOB,
 *     JR/SR suffix sometimes written)
 * @param sameNameDobRate per person: an unrelated person with the previous person's name and DOB
 * @param adversarialPeople extra trap people appended after {@code people} (pairs of distinct
 *     persons that must stay unmerged; {@code generate --adversarial} sets 300)
 * @param nameOperators relative weights of the name corruption operators
 * @param dobOperators relative weights of the DOB corruption operators
 * @param idOperators relative weights of the SSN/CDL/FBI corruption operators
 */
public record IdentitySettings(
    boolean enabled,
    double duplicateRate,
    double extraDuplicateRate,
    int maxSnapshots,
    double newSubjectIdRate,
    double splitCiiRate,
    double missingCiiRate,
    double ciiTypoRate,
    double sharedCiiRate,
    double ciiCollisionRate,
    double startProbCorrupt,
    double endProbCorrupt,
    double startProbNull,
    double endProbNull,
    double sexMiscodeRate,
    double raceMiscodeRate,
    double rowNameTypoRate,
    double rowDobTypoRate,
    double rowCiiMissingRate,
    double twinRate,
    double juniorRate,
    double sameNameDobRate,
    int adversarialPeople,
    Map<NameOp, Double> nameOperators,
    Map<DobOp, Double> dobOperators,
    Map<IdOp, Double> idOperators) {

  /** Name corruption operators (§11.3). */
  public enum NameOp {
    TYPO,
    PHONETIC,
    NICKNAME,
    FIRST_LAST_SWAP,
    MIDDLE_NAME,
    COMPOUND_SURNAME,
    HYPHEN_SPACE,
    ALIAS,
    SURNAME_CHANGE,
    SUFFIX
  }

  /** DOB corruption operators (§11.3). */
  public enum DobOp {
    KEYPAD_TYPO,
    DAY_MONTH_SWAP,
    YEAR_OFF_BY_ONE,
    YEAR_OFF_BY_TEN,
    SHIFT,
    PLACEHOLDER
  }

  /** SSN, CDL and FBI number corruption operators. */
  public enum IdOp {
    TYPO,
    PLACEHOLDER
  }

  /** Sub-block of {@code recordrelief.generate}. */
  public static final String BLOCK = "identity";

  /** Scalar keys, in order; the three operator weight maps follow. */
  public static final List<String> SCALAR_KEYS =
      List.of(
          "enabled",
          "duplicateRate",
          "extraDuplicateRate",
          "maxSnapshots",
          "newSubjectIdRate",
          "splitCiiRate",
          "missingCiiRate",
          "ciiTypoRate",
          "sharedCiiRate",
          "ciiCollisionRate",
          "startProbCorrupt",
          "endProbCorrupt",
          "startProbNull",
          "endProbNull",
          "sexMiscodeRate",
          "raceMiscodeRate",
          "rowNameTypoRate",
          "rowDobTypoRate",
          "rowCiiMissingRate",
          "twinRate",
          "juniorRate",
          "sameNameDobRate",
          "adversarialPeople");

  private static final List<String> MAP_KEYS = List.of("nameOperators", "dobOperators", "idOperators");

  public IdentitySettings {
    if (maxSnapshots < 1 || maxSnapshots > 9) {
      throw bad("maxSnapshots", maxSnapshots, "must be between 1 and 9");
    }
    if (adversarialPeople < 0 || adversarialPeople > 1_000_000) {
      throw bad("adversarialPeople", adversarialPeople, "must be between 0 and 1000000");
    }
    rate("duplicateRate", duplicateRate);
    rate("extraDuplicateRate", extraDuplicateRate);
    rate("newSubjectIdRate", newSubjectIdRate);
    rate("splitCiiRate", splitCiiRate);
    rate("missingCiiRate", missingCiiRate);
    rate("ciiTypoRate", ciiTypoRate);
    rate("sharedCiiRate", sharedCiiRate);
    rate("ciiCollisionRate", ciiCollisionRate);
    rate("startProbCorrupt", startProbCorrupt);
    rate("endProbCorrupt", endProbCorrupt);
    rate("startProbNull", startProbNull);
    rate("endProbNull", endProbNull);
    rate("sexMiscodeRate", sexMiscodeRate);
    rate("raceMiscodeRate", raceMiscodeRate);
    rate("rowNameTypoRate", rowNameTypoRate);
    rate("rowDobTypoRate", rowDobTypoRate);
    rate("rowCiiMissingRate", rowCiiMissingRate);
    rate("twinRate", twinRate);
    rate("juniorRate", juniorRate);
    rate("sameNameDobRate", sameNameDobRate);
    if (splitCiiRate + missingCiiRate + ciiTypoRate + sharedCiiRate + ciiCollisionRate > 1.0) {
      throw bad("splitCiiRate", splitCiiRate, "the five per-snapshot CII rates must not exceed 1 in sum");
    }
    if (twinRate + juniorRate + sameNameDobRate > 1.0) {
      throw bad("twinRate", twinRate, "twinRate + juniorRate + sameNameDobRate must not exceed 1");
    }
    nameOperators = weights("nameOperators", nameOperators, NameOp.class);
    dobOperators = weights("dobOperators", dobOperators, DobOp.class);
    idOperators = weights("idOperators", idOperators, IdOp.class);
  }

  /** Corruption probability of the {@code d}-th extra snapshot (1-based). */
  double probCorrupt(int d) {
    return ramp(startProbCorrupt, endProbCorrupt, d);
  }

  /** Blanking probability of the {@code d}-th extra snapshot (1-based). */
  double probNull(int d) {
    return ramp(startProbNull, endProbNull, d);
  }

  private double ramp(double start, double end, int d) {
    int last = Math.max(1, maxSnapshots - 1);
    double t = last == 1 ? 0.0 : Math.min(1.0, (d - 1) / (double) (last - 1));
    return start + (end - start) * t;
  }

  /** Reads the {@code identity} sub-block (already merged with the bundled defaults). */
  static IdentitySettings fromConfig(Config g) {
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, ConfigValue> e : g.root().entrySet()) {
      if (!SCALAR_KEYS.contains(e.getKey()) && !MAP_KEYS.contains(e.getKey())) {
        unknown.add(e.getKey());
      }
    }
    if (!unknown.isEmpty()) {
      Collections.sort(unknown);
      throw new IllegalArgumentException(
          GeneratorSettings.CONFIG_PATH + "." + BLOCK + ": unknown key(s) " + unknown
              + "; known keys: " + SCALAR_KEYS + " and " + MAP_KEYS);
    }
    return new IdentitySettings(
        g.getBoolean("enabled"),
        g.getDouble("duplicateRate"),
        g.getDouble("extraDuplicateRate"),
        g.getInt("maxSnapshots"),
        g.getDouble("newSubjectIdRate"),
        g.getDouble("splitCiiRate"),
        g.getDouble("missingCiiRate"),
        g.getDouble("ciiTypoRate"),
        g.getDouble("sharedCiiRate"),
        g.getDouble("ciiCollisionRate"),
        g.getDouble("startProbCorrupt"),
        g.getDouble("endProbCorrupt"),
        g.getDouble("startProbNull"),
        g.getDouble("endProbNull"),
        g.getDouble("sexMiscodeRate"),
        g.getDouble("raceMiscodeRate"),
        g.getDouble("rowNameTypoRate"),
        g.getDouble("rowDobTypoRate"),
        g.getDouble("rowCiiMissingRate"),
        g.getDouble("twinRate"),
        g.getDouble("juniorRate"),
        g.getDouble("sameNameDobRate"),
        g.getInt("adversarialPeople"),
        readWeights(g.getConfig("nameOperators"), NameOp.class),
        readWeights(g.getConfig("dobOperators"), DobOp.class),
        readWeights(g.getConfig("idOperators"), IdOp.class));
  }

  /** Every value as a flat {@code identity.key} map (settings echo and overrides). */
  Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    Object[] v = {
      enabled, duplicateRate, extraDuplicateRate, maxSnapshots, newSubjectIdRate, splitCiiRate,
      missingCiiRate, ciiTypoRate, sharedCiiRate, ciiCollisionRate, startProbCorrupt,
      endProbCorrupt, startProbNull, endProbNull, sexMiscodeRate, raceMiscodeRate,
      rowNameTypoRate, rowDobTypoRate, rowCiiMissingRate, twinRate, juniorRate, sameNameDobRate,
      adversarialPeople
    };
    for (int i = 0; i < v.length; i++) {
      m.put(BLOCK + "." + SCALAR_KEYS.get(i), v[i]);
    }
    nameOperators.forEach((k, w) -> m.put(BLOCK + ".nameOperators." + k.name(), w));
    dobOperators.forEach((k, w) -> m.put(BLOCK + ".dobOperators." + k.name(), w));
    idOperators.forEach((k, w) -> m.put(BLOCK + ".idOperators." + k.name(), w));
    return m;
  }

  /** True when {@code key} (relative to {@code recordrelief.generate}) is one of these settings. */
  static boolean isKey(String key) {
    if (!key.startsWith(BLOCK + ".")) {
      return false;
    }
    String k = key.substring(BLOCK.length() + 1);
    if (SCALAR_KEYS.contains(k)) {
      return true;
    }
    int dot = k.indexOf('.');
    if (dot < 0 || !MAP_KEYS.contains(k.substring(0, dot))) {
      return false;
    }
    String op = k.substring(dot + 1);
    Class<? extends Enum<?>> type =
        switch (k.substring(0, dot)) {
          case "nameOperators" -> NameOp.class;
          case "dobOperators" -> DobOp.class;
          default -> IdOp.class;
        };
    for (Enum<?> e : type.getEnumConstants()) {
      if (e.name().equals(op)) {
        return true;
      }
    }
    return false;
  }

  private static <E extends Enum<E>> Map<E, Double> readWeights(Config c, Class<E> type) {
    Map<E, Double> m = new EnumMap<>(type);
    for (Map.Entry<String, ConfigValue> e : c.root().entrySet()) {
      E op;
      try {
        op = Enum.valueOf(type, e.getKey());
      } catch (IllegalArgumentException x) {
        throw new IllegalArgumentException(
            GeneratorSettings.CONFIG_PATH + "." + BLOCK + ": unknown operator " + e.getKey()
                + "; known: " + List.of(type.getEnumConstants()));
      }
      m.put(op, c.getDouble(e.getKey()));
    }
    return m;
  }

  private static <E extends Enum<E>> Map<E, Double> weights(
      String key, Map<E, Double> m, Class<E> type) {
    Map<E, Double> out = new EnumMap<>(type);
    double sum = 0;
    for (E e : type.getEnumConstants()) {
      Double w = m == null ? null : m.get(e);
      double v = w == null ? 0.0 : w;
      if (!(v >= 0.0) || Double.isInfinite(v)) {
        throw bad(key + "." + e.name(), v, "must be a finite weight >= 0");
      }
      out.put(e, v);
      sum += v;
    }
    if (!(sum > 0)) {
      throw bad(key, m, "needs at least one positive weight");
    }
    return Collections.unmodifiableMap(out);
  }

  private static void rate(String key, double v) {
    if (!(v >= 0.0 && v <= 1.0)) {
      throw bad(key, v, "must be a probability between 0 and 1");
    }
  }

  private static IllegalArgumentException bad(String key, Object value, String why) {
    return new IllegalArgumentException(
        GeneratorSettings.CONFIG_PATH + "." + BLOCK + "." + key + " = " + value + ": " + why);
  }
}
