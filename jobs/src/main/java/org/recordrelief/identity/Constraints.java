package org.recordrelief.identity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.recordrelief.config.IdentitySettings;

/**
 * Cannot-link vetoes ({@code entity-resolution.md} §4, §6): plausibility checks that forbid a
 * merge whatever the weight. Two profiles with a veto are never put in one person automatically.
 */
public final class Constraints {
  private Constraints() {}

  public static final String CONFLICTING_FBI = "CONFLICTING_FBI";
  public static final String CONFLICTING_CDL = "CONFLICTING_CDL";
  public static final String CONFLICTING_SSN = "CONFLICTING_SSN";
  public static final String SEX_CONFLICT = "SEX_CONFLICT";
  public static final String EVENTS_AFTER_DEATH = "EVENTS_AFTER_DEATH";

  /** The vetoes between two profiles (empty: none). */
  public static List<String> vetoes(ProfileValues a, ProfileValues b, IdentitySettings s) {
    List<String> out = new ArrayList<>();
    if (disjoint(a.fbis(), b.fbis())) {
      out.add(CONFLICTING_FBI);
    }
    if (disjoint(a.cdls(), b.cdls())) {
      out.add(CONFLICTING_CDL);
    }
    if (disjoint(a.ssns(), b.ssns())) {
      out.add(CONFLICTING_SSN);
    }
    if (s.sexConflictVeto()) {
      String sa = attestedSex(a.sexRows(), s.sexConflictMinRows());
      String sb = attestedSex(b.sexRows(), s.sexConflictMinRows());
      // A strong id agreeing (or a keying error or two off) says the sex code is the error: the
      // disagreement stays a weight (entity-resolution.md §4), not a cannot-link.
      if (sa != null && sb != null && !sa.equals(sb) && !strongIdLinks(a, b)) {
        out.add(SEX_CONFLICT);
      }
    }
    if (after(b.lastEventDate(), a.deathDate()) || after(a.lastEventDate(), b.deathDate())) {
      out.add(EVENTS_AFTER_DEATH);
    }
    return out;
  }

  private static int root(int[] parent, int i) {
    while (parent[i] != i) {
      i = parent[i];
    }
    return i;
  }

  /**
   * Both sides carry valid ids and no pair is equal or within two keying errors (a mistyped digit
   * is evidence of the same number, scored as the TYPO or TWO_TYPOS level, not a conflict).
   */
  private static boolean disjoint(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    for (String x : a) {
      for (String y : b) {
        if (Comparison.withinTwoKeyingErrors(x, y)) {
          return false;
        }
      }
    }
    return true;
  }

  /**
   * Two DOBs one person's records can carry: a typo, a day/month swap, the same year and month,
   * or a year slip on the same day.
   */
  static boolean explainable(String x, String y) {
    int level = Comparison.dobLevel(x, y);
    return level <= 3 || level == 4 && x.substring(4).equals(y.substring(4));
  }

  /** Some DOB of {@code a} and some of {@code b} are {@link #explainable}, or either has none. */
  static boolean dobsExplainable(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return true;
    }
    for (String x : a) {
      for (String y : b) {
        if (explainable(x, y)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The profile's only sex when it is seen on at least {@code minRows} rows, else null. */
  static String attestedSex(Map<String, Long> rows, int minRows) {
    if (rows.size() != 1) {
      return null;
    }
    Map.Entry<String, Long> e = rows.entrySet().iterator().next();
    return e.getValue() >= minRows ? e.getKey() : null;
  }

  private static boolean after(String event, String death) {
    return event != null && death != null && event.compareTo(death) > 0;
  }

  /** Some FBI number, CDL or SSN of one profile is within two keying errors of the other's. */
  static boolean strongIdLinks(ProfileValues a, ProfileValues b) {
    return near(a.fbis(), b.fbis()) || near(a.cdls(), b.cdls()) || near(a.ssns(), b.ssns());
  }

  private static boolean near(List<String> a, List<String> b) {
    return !a.isEmpty() && !b.isEmpty() && !disjoint(a, b);
  }

  /** Two values more than two keying errors apart. */
  private static boolean hasConflict(List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      for (int j = i + 1; j < values.size(); j++) {
        if (!Comparison.withinTwoKeyingErrors(values.get(i), values.get(j))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * CII self-consistency ({@code §2.2}): reasons why one CII may be shared by two people —
   * DOBs too far apart to be a typo, swap or year slip; two well-attested sexes; two FBI
   * numbers, CDLs or SSNs more than two keying errors apart.
   * A flagged profile goes to review; it is never split automatically.
   */
  public static List<String> selfConsistency(ProfileValues p) {
    List<String> out = new ArrayList<>();
    // DOBs are consistent when every value is linked to the others by a chain of explainable
    // differences (a typo, a day/month swap, the same year and month, or a year slip).
    List<String> dobs = p.dobs();
    int[] parent = new int[dobs.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < dobs.size(); i++) {
      for (int j = i + 1; j < dobs.size(); j++) {
        if (explainable(dobs.get(i), dobs.get(j))) {
          parent[root(parent, i)] = root(parent, j);
        }
      }
    }
    for (int i = 1; i < parent.length; i++) {
      if (root(parent, i) != root(parent, 0)) {
        out.add("DOB_SPREAD");
        break;
      }
    }
    if (p.sexRows().size() > 1 && p.sexRows().values().stream().allMatch(n -> n >= 2)) {
      out.add("SEX_CONFLICT");
    }
    if (hasConflict(p.fbis())) {
      out.add("FBI_CONFLICT");
    }
    // A second person's rows under the CII often carry their own licence or SSN even when
    // their DOB is blank (no DOB spread to see).
    if (hasConflict(p.cdls())) {
      out.add("CDL_CONFLICT");
    }
    if (hasConflict(p.ssns())) {
      out.add("SSN_CONFLICT");
    }
    return out;
  }
}
