package org.recordrelief.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * The Fellegi–Sunter comparisons of {@code entity-resolution.md} §4: each compares two profiles
 * as the best (first) level over their value sets and records which values produced it.
 */
public enum Comparison {
  NAME("EXACT", "NICKNAME", "SWAP", "SURNAME_JW", "TOKEN_JW", "PHONETIC", "INITIAL", "ELSE",
      "NULL"),
  /**
   * Middle names of the two names NAME chose, on their first tokens: EXACT when equal and longer
   * than a letter, INITIAL when one is the other's initial or prefix, DISAGREE when both are
   * given and differ, NULL when either is absent. Compared only when NAME agrees above INITIAL
   * (at least the first names agree), else NOT_COMPARED, which weighs nothing: the other levels'
   * m and u are conditional on that agreement. One person's records drop or shorten a middle
   * name but seldom change it; unrelated people who share a name and DOB seldom share one.
   */
  MIDDLE("EXACT", "INITIAL", "DISAGREE", "NULL", "NOT_COMPARED"),
  DOB("EXACT", "ONE_EDIT", "SWAP", "YEAR_MONTH", "YEAR_1", "ELSE", "NULL"),
  SEX("AGREE", "DISAGREE", "NULL"),
  RACE("AGREE", "DISAGREE", "NULL"),
  /**
   * Strong ids: TYPO = both valid and one keying error apart, TWO_TYPOS = two keying errors apart
   * (each copy of a number mistyped once); neither is a conflict.
   */
  FBI("AGREE", "TYPO", "TWO_TYPOS", "DISAGREE", "NULL"),
  CDL("AGREE", "TYPO", "TWO_TYPOS", "DISAGREE", "NULL"),
  SSN("AGREE", "TYPO", "TWO_TYPOS", "DISAGREE", "NULL"),
  /**
   * Both profiles carry a (necessarily different) CII: TYPO when one keying error apart (one
   * fingerprint record, its number mistyped), else DIFFERENT; one side missing is neutral.
   */
  CII("TYPO", "DIFFERENT", "NULL"),
  /**
   * Counties of the records (the step's ORI county): AGREE when the profiles share one,
   * term-frequency adjusted on the rarest shared county; one person's records cluster where
   * the person lives, unrelated look-alikes' do not.
   */
  COUNTY("AGREE", "DISAGREE", "NULL");

  private final List<String> levels;

  Comparison(String... levels) {
    this.levels = List.of(levels);
  }

  /** Levels in order (the first that applies wins). */
  public List<String> levels() {
    return levels;
  }

  /**
   * One comparison's outcome.
   *
   * @param comparison which comparison
   * @param level the level label
   * @param valueA the value of side A that produced it (PII; audit tables only), or null
   * @param valueB the value of side B, or null
   * @param tf for NAME EXACT: the greater term frequency of the two values, else 0
   * @param candidates value pairs tried (alias-heavy profiles match more by chance)
   */
  public record Hit(Comparison comparison, String level, String valueA, String valueB, double tf,
      int candidates) {}

  static final double JW_MIN = 0.92;
  private static final JaroWinklerSimilarity JW = new JaroWinklerSimilarity();
  private static final DoubleMetaphone DM = new DoubleMetaphone();

  /** Codes already computed: training compares each sampled name against every other one. */
  private static final java.util.concurrent.ConcurrentHashMap<String, String> PHONETIC =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** Phonetic code (Double Metaphone, primary) of a name part; "" for "". */
  public static String phonetic(String s) {
    if (s == null || s.isEmpty()) {
      return "";
    }
    String cached = PHONETIC.get(s);
    if (cached != null) {
      return cached;
    }
    String c = DM.doubleMetaphone(s.replace(" ", ""));
    c = c == null ? "" : c;
    if (PHONETIC.size() > 200_000) {
      PHONETIC.clear(); // bounded: a cache, not a dictionary
    }
    PHONETIC.put(s, c);
    return c;
  }

  /** Every comparison of two profiles, without county term frequencies (training). */
  public static List<Hit> compareAll(ProfileValues a, ProfileValues b, boolean useRace) {
    return compareAll(a, b, useRace, c -> 0);
  }

  /**
   * Every comparison of two profiles; RACE only when {@code useRace}; {@code countyShare} gives
   * a county's share of profiles (0 when unknown), recorded as the COUNTY hit's {@code tf}.
   */
  public static List<Hit> compareAll(ProfileValues a, ProfileValues b, boolean useRace,
      java.util.function.ToDoubleFunction<String> countyShare) {
    List<Hit> hits = new ArrayList<>();
    Hit name = names(a.names(), b.names());
    hits.add(name);
    hits.add(middle(name));
    hits.add(dobs(a.dobs(), b.dobs()));
    hits.add(sex(a.sexRows(), b.sexRows()));
    if (useRace) {
      hits.add(sets(RACE, a.races(), b.races()));
    }
    hits.add(ids(FBI, a.fbis(), b.fbis()));
    hits.add(ids(CDL, a.cdls(), b.cdls()));
    hits.add(ids(SSN, a.ssns(), b.ssns()));
    hits.add(a.cii() != null && b.cii() != null && !a.cii().equals(b.cii())
        ? new Hit(CII, oneKeyingError(a.cii(), b.cii()) ? "TYPO" : "DIFFERENT", a.cii(), b.cii(),
            0, 1)
        : new Hit(CII, "NULL", null, null, 0, 1));
    hits.add(counties(a.counties(), b.counties(), countyShare));
    return hits;
  }

  /**
   * COUNTY over two sorted county sets: AGREE on the shared county with the smallest share
   * (the strongest evidence; ties: the first in order), else DISAGREE, or NULL.
   */
  public static Hit counties(List<String> a, List<String> b,
      java.util.function.ToDoubleFunction<String> share) {
    if (a.isEmpty() || b.isEmpty()) {
      return new Hit(COUNTY, "NULL", null, null, 0, 0);
    }
    String best = null;
    double bestShare = Double.MAX_VALUE;
    for (String x : a) {
      if (b.contains(x)) {
        double sx = share.applyAsDouble(x);
        if (sx < bestShare) {
          best = x;
          bestShare = sx;
        }
      }
    }
    return best == null
        ? new Hit(COUNTY, "DISAGREE", a.get(0), b.get(0), 0, a.size() * b.size())
        : new Hit(COUNTY, "AGREE", best, best, bestShare, a.size() * b.size());
  }

  /** Best NAME level over alias × alias. */
  public static Hit names(List<ProfileValues.NameValue> a, List<ProfileValues.NameValue> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return new Hit(NAME, "NULL", null, null, 0, 0);
    }
    int best = Integer.MAX_VALUE;
    Hit bestHit = null;
    for (ProfileValues.NameValue x : a) {
      for (ProfileValues.NameValue y : b) {
        int level = nameLevel(x.name(), y.name());
        // Ties keep the first pair in value order, so the chosen values are deterministic.
        if (level < best) {
          best = level;
          bestHit = new Hit(NAME, NAME.levels.get(level), x.name().text(), y.name().text(),
              level == 0 ? Math.max(x.tf(), y.tf()) : 0, a.size() * b.size());
        }
      }
    }
    return bestHit;
  }

  /** Index of the NAME level of two names (0 = EXACT ... 7 = ELSE). */
  public static int nameLevel(PersonName x, PersonName y) {
    if (x.first().isEmpty() || y.first().isEmpty() || x.last().isEmpty() || y.last().isEmpty()) {
      // Half a name: only the surname can agree; counts as an initial-level agreement at best.
      return !x.last().isEmpty() && x.last().equals(y.last()) ? 6 : 7;
    }
    if (x.key().equals(y.key())) {
      return 0;
    }
    boolean sameLast = x.last().equals(y.last());
    if (sameLast && Nicknames.canonical(x.first()).equals(Nicknames.canonical(y.first()))) {
      return 1;
    }
    if (x.lastJoined().equals(y.first()) && x.first().equals(y.lastJoined())) {
      return 2;
    }
    double jw = JW.apply(x.first(), y.first());
    // A first name one keying error off counts as close even where Jaro–Winkler is not: two
    // leading letters swapped ("OJSE" for "JOSE") score 0.917.
    if (sameLast && (jw >= JW_MIN || oneKeyingError(x.first(), y.first()))) {
      return 3;
    }
    boolean tokenOverlap = false;
    for (String t : x.surnameTokens()) {
      if (y.surnameTokens().contains(t)) {
        tokenOverlap = true;
        break;
      }
    }
    boolean firstClose = jw >= JW_MIN
        || Nicknames.canonical(x.first()).equals(Nicknames.canonical(y.first()));
    if (tokenOverlap && firstClose) {
      return 4;
    }
    if (phonetic(x.last()).equals(phonetic(y.last()))
        && phonetic(x.first()).equals(phonetic(y.first()))) {
      return 5;
    }
    if (sameLast && x.first().charAt(0) == y.first().charAt(0)) {
      return 6;
    }
    return 7;
  }

  /** Name levels above INITIAL: the first names agree, so their middle names are comparable. */
  private static final int MIDDLE_COMPARED_BELOW = NAME.levels.indexOf("INITIAL");

  /** MIDDLE of the name pair a NAME hit chose (see {@link #MIDDLE}). */
  public static Hit middle(Hit name) {
    if (NAME.levels.indexOf(name.level()) >= MIDDLE_COMPARED_BELOW) {
      return new Hit(MIDDLE, NOT_COMPARED, null, null, 0, 0);
    }
    return middleOfChosenNames(name);
  }

  /**
   * MIDDLE of the chosen name pair whatever the NAME level: how often unrelated people's middle
   * names agree by chance (u). Middle names are taken as independent of first names and surnames
   * between different people, so u conditional on NAME agreeing is u over all random pairs.
   */
  static Hit middleOfChosenNames(Hit name) {
    if (name.valueA() == null || name.valueB() == null) {
      return new Hit(MIDDLE, "NULL", null, null, 0, 0);
    }
    String x = firstToken(PersonName.fromText(name.valueA()).middle());
    String y = firstToken(PersonName.fromText(name.valueB()).middle());
    if (x.isEmpty() || y.isEmpty()) {
      return new Hit(MIDDLE, "NULL", null, null, 0, 0);
    }
    return new Hit(MIDDLE, MIDDLE.levels.get(middleLevel(x, y)), x, y, 0, 1);
  }

  /** The MIDDLE level of names not compared (NAME at INITIAL or below): weighs nothing. */
  public static final String NOT_COMPARED = "NOT_COMPARED";

  /** Index of the MIDDLE level of two non-empty middle-name tokens (0 = EXACT ... 2). */
  public static int middleLevel(String x, String y) {
    if (x.equals(y)) {
      return x.length() > 1 ? 0 : 1;
    }
    return x.startsWith(y) || y.startsWith(x) ? 1 : 2;
  }

  private static String firstToken(String middle) {
    int sp = middle.indexOf(' ');
    return sp < 0 ? middle : middle.substring(0, sp);
  }

  /** Best DOB level over exact DOBs ({@code YYYYMMDD}). */
  public static Hit dobs(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return new Hit(DOB, "NULL", null, null, 0, 0);
    }
    int best = Integer.MAX_VALUE;
    Hit bestHit = null;
    for (String x : a) {
      for (String y : b) {
        int level = dobLevel(x, y);
        if (level < best) {
          best = level;
          bestHit = new Hit(DOB, DOB.levels.get(level), x, y, 0, a.size() * b.size());
        }
      }
    }
    return bestHit;
  }

  /** Index of the DOB level of two exact DOBs (0 = EXACT ... 5 = ELSE). */
  public static int dobLevel(String x, String y) {
    if (x.equals(y)) {
      return 0;
    }
    if (LevenshteinDistance.getDefaultInstance().apply(x, y) == 1) {
      return 1;
    }
    if (y.equals(IdentityValues.swapDayMonth(x))) {
      return 2;
    }
    if (x.substring(0, 6).equals(y.substring(0, 6))) {
      return 3;
    }
    if (Math.abs(Integer.parseInt(x.substring(0, 4)) - Integer.parseInt(y.substring(0, 4))) <= 1) {
      return 4;
    }
    return 5;
  }

  /** Sex: agree when the sets share a value, disagree when both are known and disjoint. */
  public static Hit sex(Map<String, Long> a, Map<String, Long> b) {
    return sets(SEX, List.copyOf(new java.util.TreeSet<>(a.keySet())),
        List.copyOf(new java.util.TreeSet<>(b.keySet())));
  }

  /** AGREE / DISAGREE / NULL over two value sets (sorted lists). */
  public static Hit sets(Comparison c, List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return new Hit(c, "NULL", null, null, 0, 0);
    }
    for (String x : a) {
      if (b.contains(x)) {
        return new Hit(c, "AGREE", x, x, 0, a.size() * b.size());
      }
    }
    return new Hit(c, "DISAGREE", a.get(0), b.get(0), 0, a.size() * b.size());
  }

  /** AGREE / TYPO / TWO_TYPOS / DISAGREE / NULL over two sets of strong ids (sorted lists). */
  public static Hit ids(Comparison c, List<String> a, List<String> b) {
    Hit h = sets(c, a, b);
    if (!h.level().equals("DISAGREE")) {
      return h;
    }
    Hit two = null;
    for (String x : a) {
      for (String y : b) {
        int k = keyingErrors(x, y, 2);
        if (k == 1) {
          return new Hit(c, "TYPO", x, y, 0, a.size() * b.size());
        }
        if (k == 2 && two == null) {
          two = new Hit(c, "TWO_TYPOS", x, y, 0, a.size() * b.size());
        }
      }
    }
    return two != null ? two : h;
  }

  /**
   * Two different values of one length that differ in exactly one position, or by one swap of
   * adjacent characters: the keying errors a typed number picks up.
   */
  public static boolean oneKeyingError(String x, String y) {
    return keyingErrors(x, y, 1) == 1;
  }

  /**
   * Two values of one length at most two keying errors apart (a substituted character or a swap
   * of adjacent characters each): two independently mistyped copies of one number. Random
   * 9-character ids are this close about 3 times in a million pairs.
   */
  public static boolean withinTwoKeyingErrors(String x, String y) {
    return keyingErrors(x, y, 2) <= 2;
  }

  /**
   * Keying errors between two values of one length, scanning left to right (an adjacent swap is
   * one error, any other differing position one more), capped at {@code max + 1}; values of
   * different lengths are {@code max + 1} apart.
   */
  static int keyingErrors(String x, String y, int max) {
    if (x.length() != y.length()) {
      return max + 1;
    }
    int errors = 0;
    int i = 0;
    while (i < x.length()) {
      if (x.charAt(i) == y.charAt(i)) {
        i++;
        continue;
      }
      boolean swap = i + 1 < x.length() && x.charAt(i) == y.charAt(i + 1)
          && x.charAt(i + 1) == y.charAt(i);
      i += swap ? 2 : 1;
      if (++errors > max) {
        return max + 1;
      }
    }
    return errors;
  }
}
