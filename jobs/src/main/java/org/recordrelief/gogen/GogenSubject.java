package org.recordrelief.gogen;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.recordrelief.doj.DojColumns;

/**
 * One gogen subject: the rows of one trimmed SUBJECT_ID within one input file, in file order, and
 * the person-level facts gogen reported about them. Built once by {@link GogenFile}; immutable
 * afterwards.
 */
public final class GogenSubject {
  private final String id;
  private final List<GogenRow> rows;
  private final List<GogenConviction> convictions;
  private final LocalDate dob;
  private final List<String> superstrikes;
  private final LocalDate earliestSingleSuperstrike;
  private final List<String> pc290Sections;
  private final LocalDate earliestPc290Conviction;
  private final boolean pc290Registration;
  private final boolean deceased;
  private final LocalDate mostRecentConviction;
  private final Map<String, Integer> prop64ByKey;
  private final int prop64Count;
  private final Map<String, String> caseNumbers;

  GogenSubject(String id, List<GogenRow> rows, boolean losAngelesPairs) {
    this.id = id;
    this.rows = List.copyOf(rows);
    this.dob = GogenDates.parse(rows.get(0).raw(DojColumns.PRI_DOB));

    // convictions, de-duplicated by CNT_ORDER; repeated rows add to the last appended (D-08)
    List<GogenConviction> convs = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (GogenRow r : rows) {
      if (!r.isConviction()) {
        continue;
      }
      if (seen.add(r.cntOrder())) {
        convs.add(new GogenConviction(r));
      } else if (!convs.isEmpty()) {
        convs.get(convs.size() - 1).addSentenceHours(r.sentenceHours());
      }
    }
    this.convictions = Collections.unmodifiableList(convs);

    List<String> strikes = new ArrayList<>();
    LocalDate earliestStrike = null;
    List<String> pc290 = new ArrayList<>();
    LocalDate earliest290 = null;
    LocalDate mostRecent = GogenDates.ZERO;
    Map<String, Integer> byKey = new HashMap<>();
    int p64 = 0;
    for (GogenConviction c : convs) {
      String cs = c.codeSection();
      if (GogenPatterns.isSuperstrike(cs)) {
        strikes.add(cs);
        earliestStrike = min(earliestStrike, c.date());
      }
      if (GogenPatterns.isPc290(cs)) {
        pc290.add(cs);
        earliest290 = min(earliest290, c.date());
      }
      if (c.date().isAfter(mostRecent)) {
        mostRecent = c.date();
      }
      if (c.isProp64()) {
        p64++;
        byKey.merge(c.prop64Key(), 1, Integer::sum);
      }
    }
    if (losAngelesPairs) {
      strikes.addAll(gangPairs(convs));
    }
    this.superstrikes = Collections.unmodifiableList(strikes);
    this.earliestSingleSuperstrike = earliestStrike;
    this.pc290Sections = Collections.unmodifiableList(pc290);
    this.earliestPc290Conviction = earliest290;
    this.mostRecentConviction = mostRecent;
    this.prop64ByKey = Collections.unmodifiableMap(byKey);
    this.prop64Count = p64;

    boolean registration = false;
    boolean dead = false;
    Map<String, LinkedHashSet<String>> ofns = new LinkedHashMap<>();
    for (GogenRow r : rows) {
      String stepType = r.raw(DojColumns.STP_TYPE_DESCR);
      if (stepType.equals("REGISTRATION") && isPc290Registration(r.codeSection())) {
        registration = true;
      }
      if (stepType.equals("DECEASED")) {
        dead = true;
      }
      String ofn = r.raw(DojColumns.OFN);
      if (stepType.equals("COURT ACTION") && !GoText.trimSpace(ofn).isEmpty()) {
        ofns.computeIfAbsent(r.caseKey(), k -> new LinkedHashSet<>()).add(ofn);
      }
    }
    this.pc290Registration = registration;
    this.deceased = dead;
    Map<String, String> cases = new HashMap<>();
    ofns.forEach((k, v) -> cases.put(k, String.join("; ", v)));
    this.caseNumbers = Collections.unmodifiableMap(cases);
  }

  /**
   * Code section of a sex-offender registration step: {@code 290} not followed by a digit
   * ({@code 290 PC}, {@code 290(A) PC}, {@code 290.018 PC}; not {@code 2900 PC}).
   */
  static boolean isPc290Registration(String codeSection) {
    if (!codeSection.startsWith("290")) {
      return false;
    }
    return codeSection.length() == 3 || !Character.isDigit(codeSection.charAt(3));
  }

  /**
   * Los Angeles only: a gang offense conviction and a {@code 186.22(B)(4) PC} conviction in the
   * same case ({@code CNT_ORDER[0:6]}) form a super strike reported as
   * {@code <offense> + 186.22(B)(4) PC}. Rows that are super strikes on their own take no part.
   * Pairs carry no date (D-05).
   */
  private static List<String> gangPairs(List<GogenConviction> convs) {
    Set<String> enhancedCases = new HashSet<>();
    for (GogenConviction c : convs) {
      if (!GogenPatterns.isSuperstrike(c.codeSection())
          && GogenPatterns.isGangPairEnhancement(c.codeSection())) {
        enhancedCases.add(c.row().caseKey());
      }
    }
    List<String> pairs = new ArrayList<>();
    for (GogenConviction c : convs) {
      if (!GogenPatterns.isSuperstrike(c.codeSection())
          && GogenPatterns.isGangPairOffense(c.codeSection())
          && enhancedCases.contains(c.row().caseKey())) {
        pairs.add(c.codeSection() + GogenPatterns.GANG_PAIR_SUFFIX);
      }
    }
    return pairs;
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a == null || b.isBefore(a) ? b : a;
  }

  /** Trimmed SUBJECT_ID. */
  public String id() {
    return id;
  }

  /** The subject's rows in file order. */
  public List<GogenRow> rows() {
    return rows;
  }

  /** De-duplicated convictions in file order (all counties in the file). */
  public List<GogenConviction> convictions() {
    return convictions;
  }

  /** PRI_DOB of the subject's first row (zero date when unparseable). */
  public LocalDate dob() {
    return dob;
  }

  /** PRI_NAME of the subject's first row. */
  public String name() {
    return rows.get(0).raw(DojColumns.PRI_NAME);
  }

  /** Super-strike code sections (conviction order; LA pairs last). */
  public List<String> superstrikes() {
    return superstrikes;
  }

  /** True if any super strike (including an LA pair) was found. */
  public boolean hasSuperstrike() {
    return !superstrikes.isEmpty();
  }

  /**
   * Earliest date over convictions that are super strikes on their own; the zero date when only
   * LA pairs exist (D-05) or there is none.
   */
  public LocalDate earliestSuperstrikeDate() {
    return earliestSingleSuperstrike == null ? GogenDates.ZERO : earliestSingleSuperstrike;
  }

  /** PC 290 code sections (conviction order). */
  public List<String> pc290Sections() {
    return pc290Sections;
  }

  /** True if a PC 290 conviction or a PC 290 registration step exists. */
  public boolean hasPc290() {
    return !pc290Sections.isEmpty() || pc290Registration;
  }

  /** Earliest PC 290 conviction date; zero when only a registration exists (D-06) or none. */
  public LocalDate earliestPc290Date() {
    return earliestPc290Conviction == null ? GogenDates.ZERO : earliestPc290Conviction;
  }

  /** A REGISTRATION step whose code section is {@code 290…}. */
  public boolean pc290Registration() {
    return pc290Registration;
  }

  /** A DECEASED step exists. */
  public boolean deceased() {
    return deceased;
  }

  /** Latest conviction date (zero when none or all zero). */
  public LocalDate mostRecentConvictionDate() {
    return mostRecentConviction;
  }

  /** Prop 64 convictions (unanchored pattern), all counties. */
  public int prop64Count() {
    return prop64Count;
  }

  /** Prop 64 convictions with the given key (11357 … 11360), all counties. */
  public int prop64Count(String key) {
    return prop64ByKey.getOrDefault(key, 0);
  }

  /** OFNs of the case's COURT ACTION rows (non-blank, verbatim, first-seen), joined with "; ". */
  public String caseNumbers(String caseKey) {
    return caseNumbers.getOrDefault(caseKey, "");
  }
}
