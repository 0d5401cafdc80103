package org.recordrelief.gogen;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.recordrelief.doj.Tri;
import org.recordrelief.eligibility.policy.PolicyView;

/**
 * The §9.3 predicates answered with gogen's semantics for one evaluated conviction (the "gogen"
 * column of {@code prop64-rules.md} §9.3, per {@link GogenProfile}). Never answers UNKNOWN:
 * unparseable dates are zero dates (before everything), unknown levels are not felonies, and so
 * on, exactly as gogen behaved. "Now" is always the run's evaluation date ({@code --compute-at}).
 *
 * <p>For compatibility exports only; never used for statutory decisions.
 */
public final class GogenPolicyView implements PolicyView {
  /** Prop 64 effective date used by "Occurred after" and {@code convictedOnOrAfter}. */
  public static final LocalDate AUMA_DATE = LocalDate.of(2016, 11, 9);

  private final GogenSubject subject;
  private final GogenConviction conviction;
  private final GogenProfile profile;
  private final LocalDate evaluationDate;

  GogenPolicyView(
      GogenSubject subject,
      GogenConviction conviction,
      GogenProfile profile,
      LocalDate evaluationDate) {
    this.subject = subject;
    this.conviction = conviction;
    this.profile = profile;
    this.evaluationDate = evaluationDate;
  }

  /** The subject of the evaluated conviction. */
  public GogenSubject subject() {
    return subject;
  }

  /** The evaluated conviction. */
  public GogenConviction conviction() {
    return conviction;
  }

  /** The first input row of the evaluated conviction. */
  public GogenRow row() {
    return conviction.row();
  }

  /** The compatibility profile answering. */
  public GogenProfile profile() {
    return profile;
  }

  private LocalDate date() {
    return conviction.date();
  }

  private String cs() {
    return conviction.codeSection();
  }

  @Override
  public LocalDate evaluationDate() {
    return evaluationDate;
  }

  @Override
  public String county() {
    return conviction.row().county();
  }

  /** The matched Prop 64 key (11357 … 11360); empty for a related charge. */
  @Override
  public String sectionKey() {
    String k = conviction.prop64Key();
    return k == null ? "" : k;
  }

  /** The extracted code-section text (trimmed text before the first hyphen). */
  @Override
  public String rawSection() {
    return cs();
  }

  /** gogen had no statutory baseline. */
  @Override
  public String statutoryOutcome() {
    return null;
  }

  @Override
  public Tri isProp64() {
    return Tri.of(conviction.isProp64());
  }

  @Override
  public Tri relatedCharge() {
    return Tri.of(GogenPatterns.isRelated(cs()));
  }

  @Override
  public Tri notFelony() {
    return Tri.of(!conviction.isFelony());
  }

  /**
   * The code-section text contains one of the keys anywhere (unanchored). July 2019 profile: the
   * key must be followed, somewhere later in the text, by {@code HS}.
   */
  @Override
  public Tri sectionIn(List<String> keys) {
    String text = cs();
    for (String key : keys) {
      int at = text.indexOf(key);
      if (at < 0) {
        continue;
      }
      if (profile != GogenProfile.GOGEN_PILOTS_2019_07
          || text.indexOf("HS", at + key.length()) >= 0) {
        return Tri.TRUE;
      }
    }
    return Tri.FALSE;
  }

  /** Case-sensitive prefix test on the code-section text. */
  @Override
  public Tri rawSectionStartsWith(String prefix) {
    return Tri.of(cs().startsWith(prefix));
  }

  /** Exact equality with the code-section text. */
  @Override
  public Tri rawSectionEquals(String section) {
    return Tri.of(cs().equals(section));
  }

  /** DOB + n years (Go {@code AddDate}) is after the conviction date. */
  @Override
  public Tri convictedBeforeAge(int years) {
    return Tri.of(GogenDates.addYears(subject.dob(), years).isAfter(date()));
  }

  /** DOB + n years is on or before the evaluation date. */
  @Override
  public Tri ageAtEvaluationAtLeast(int years) {
    return Tri.of(!GogenDates.addYears(subject.dob(), years).isAfter(evaluationDate));
  }

  /**
   * (evaluation date − DOB) in hours / (24 × 365.25) ≤ n: how the Los Angeles flows meant "21
   * years or younger" (age now, D-02).
   */
  @Override
  public Tri ageAtEvaluationAtMost(int years) {
    return Tri.of(GogenDates.yearsBetween(subject.dob(), evaluationDate) <= years);
  }

  /** Conviction date on or before the evaluation date − n years. */
  @Override
  public Tri convictedAtLeastYearsAgo(int years) {
    return Tri.of(!date().isAfter(GogenDates.addYears(evaluationDate, -years)));
  }

  /**
   * Most recent conviction (any county in the file) before the evaluation date − n years:
   * strictly before (final and July 2019 flows); Los Angeles 2019-10: not after.
   */
  @Override
  public Tri noConvictionWithinYears(int years) {
    LocalDate cut = GogenDates.addYears(evaluationDate, -years);
    LocalDate last = subject.mostRecentConvictionDate();
    if (profile == GogenProfile.GOGEN_PILOTS_LA_2019_10) {
      return Tri.of(!last.isAfter(cut));
    }
    return Tri.of(last.isBefore(cut));
  }

  /** Every conviction's code section matches the unanchored Prop 64 pattern. */
  @Override
  public Tri onlyProp64Convictions() {
    return Tri.of(subject.convictions().stream().allMatch(GogenConviction::isProp64));
  }

  /** No conviction's sentence (gogen arithmetic, D-08) ends after the evaluation date. */
  @Override
  public Tri allSentencesCompleted() {
    LocalDateTime now = evaluationDate.atStartOfDay();
    return Tri.of(subject.convictions().stream().noneMatch(c -> c.sentenceEnd().isAfter(now)));
  }

  /** This conviction's sentence ends before the evaluation date. */
  @Override
  public Tri thisSentenceCompleted() {
    return Tri.of(conviction.sentenceEnd().isBefore(evaluationDate.atStartOfDay()));
  }

  @Override
  public Tri convictionCountGreaterThan(int n) {
    return Tri.of(subject.convictions().size() > n);
  }

  /** Years since this conviction equals years since the most recent one. */
  @Override
  public Tri isMostRecentConviction() {
    return Tri.of(date().equals(subject.mostRecentConvictionDate()));
  }

  @Override
  public Tri deceased() {
    return Tri.of(subject.deceased());
  }

  /** Conviction date on or after {@code d}. */
  @Override
  public Tri convictedOnOrAfter(LocalDate d) {
    return Tri.of(!date().isBefore(d));
  }

  /**
   * July 2019: any super strike at any date. Otherwise: the earliest date over convictions that
   * are super strikes on their own is before this conviction, where a Los Angeles same-case pair
   * alone leaves that date at zero (D-05).
   */
  @Override
  public Tri earlierSuperstrike() {
    if (!subject.hasSuperstrike()) {
      return Tri.FALSE;
    }
    if (profile == GogenProfile.GOGEN_PILOTS_2019_07) {
      return Tri.TRUE;
    }
    return Tri.of(subject.earliestSuperstrikeDate().isBefore(date()));
  }

  /**
   * The earliest PC 290 conviction date is before this conviction; a registration step alone
   * leaves that date at zero (D-06).
   */
  @Override
  public Tri earlierPc290() {
    if (!subject.hasPc290()) {
      return Tri.FALSE;
    }
    return Tri.of(subject.earliestPc290Date().isBefore(date()));
  }

  /**
   * At least two other Prop 64 convictions (any county), dated strictly earlier, whose code
   * section starts with the first 5 characters of this one's (per count, D-12).
   */
  @Override
  public Tri twoPriorsSameSection() {
    String cs = cs();
    String prefix = cs.length() > 5 ? cs.substring(0, 5) : cs;
    long n =
        subject.convictions().stream()
            .filter(c -> c != conviction)
            .filter(GogenConviction::isProp64)
            .filter(c -> c.date().isBefore(date()))
            .filter(c -> c.codeSection().startsWith(prefix))
            .count();
    return Tri.of(n >= 2);
  }

  /**
   * gogen had no statutory baseline, so no count carries a §2.4 flag: always FALSE (never
   * UNKNOWN, like every answer of this view; no preset asks it).
   */
  @Override
  public Tri statutoryFlag(String flag) {
    return Tri.FALSE;
  }

  /** Any row of the subject with the same {@code CNT_ORDER[0:3]} matches the Prop 64 pattern. */
  @Override
  public Tri prop64InSameCycle() {
    String cycle = conviction.row().cycleKey();
    return Tri.of(
        subject.rows().stream()
            .anyMatch(r -> r.prop64Key() != null && r.cycleKey().equals(cycle)));
  }
}
