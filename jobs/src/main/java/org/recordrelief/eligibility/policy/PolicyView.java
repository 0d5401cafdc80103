package org.recordrelief.eligibility.policy;

import java.time.LocalDate;
import java.util.List;
import org.recordrelief.doj.Tri;

/**
 * What a county policy may ask about one count under evaluation and its person: the answers to
 * the closed predicate vocabulary of {@code prop64-rules.md} §9.3. The policy engine only calls
 * these methods; how each is answered is the view's business. Two kinds of view exist:
 *
 * <ul>
 *   <li>project semantics (anchored sections, interval dates, statewide history after identity
 *       resolution, calendar arithmetic): an UNKNOWN answer stops the policy with HAND_REVIEW
 *       "Insufficient data: &lt;predicate&gt;";
 *   <li>gogen compatibility profiles ({@code prop64-rules.md} §9.8): gogen's own semantics
 *       (text before the first hyphen, unanchored patterns, zero dates, 30.5-day months, …),
 *       which never answer UNKNOWN.
 * </ul>
 *
 * All "now" comparisons use {@link #evaluationDate()}, never the wall clock.
 */
public interface PolicyView {

  /** The run's evaluation (as-of) date. */
  LocalDate evaluationDate();

  /** County of conviction of this count, DOJ spelling (e.g. {@code LOS ANGELES}). */
  String county();

  /** Base section key used by {@code {section}} placeholders: 11357, 11358, 11359, 11360, … */
  String sectionKey();

  /** The code-section text used by {@code {rawSection}} placeholders (e.g. {@code 11357(C)HS}). */
  String rawSection();

  /** The statutory (baseline) outcome name of this count, e.g. DISMISS_AND_SEAL, or null. */
  String statutoryOutcome();

  /** Whether this count is in the policy's scope as a Prop 64 conviction (§7.1). */
  Tri isProp64();

  /** Whether this count is a related (plea-substitute) charge (§7.4). */
  Tri relatedCharge();

  // --- the §9.3 predicates ---------------------------------------------------------------

  /** Level of this conviction is misdemeanor or infraction. */
  Tri notFelony();

  /**
   * The section is in the list. Keys are {@code 11357}…{@code 11360}, or with a subdivision
   * key such as {@code 11357(A)} or {@code 11357(no-sub-section)}.
   */
  Tri sectionIn(List<String> keys);

  /** The citation falls under {@code prefix} (same base section and leading subdivisions). */
  Tri rawSectionStartsWith(String prefix);

  /** The citation equals {@code section} (e.g. {@code 4060 BP}). */
  Tri rawSectionEquals(String section);

  /** Age at the conviction date is below {@code years}. */
  Tri convictedBeforeAge(int years);

  /** Age at the evaluation date is at least {@code years}. */
  Tri ageAtEvaluationAtLeast(int years);

  /** Age at the evaluation date is at most {@code years}. */
  Tri ageAtEvaluationAtMost(int years);

  /** The conviction date is at least {@code years} before the evaluation date. */
  Tri convictedAtLeastYearsAgo(int years);

  /** The person's most recent conviction (any county) is more than {@code years} old. */
  Tri noConvictionWithinYears(int years);

  /** Every conviction of the person (any county) is a Prop 64 section. */
  Tri onlyProp64Convictions();

  /** No conviction of the person has a sentence ending after the evaluation date. */
  Tri allSentencesCompleted();

  /** This conviction's sentence has ended before the evaluation date. */
  Tri thisSentenceCompleted();

  /** The person has more than {@code n} convictions (any county, de-duplicated by count). */
  Tri convictionCountGreaterThan(int n);

  /** No other conviction of the person is dated later. */
  Tri isMostRecentConviction();

  /** A DECEASED step exists. */
  Tri deceased();

  /** The conviction date is on or after {@code date}. */
  Tri convictedOnOrAfter(LocalDate date);

  /** A super-strike conviction is dated before this conviction. */
  Tri earlierSuperstrike();

  /** A PC 290 conviction or registration is dated before this conviction. */
  Tri earlierPc290();

  /** At least two earlier Prop 64 convictions with the same base section. */
  Tri twoPriorsSameSection();

  /** A row of the same cycle names a Prop 64 section. */
  Tri prop64InSameCycle();

  // --- additions for county policies beyond gogen ------------------------------------------

  /**
   * Whether the statutory (baseline) determination of this count carries {@code flag}, a flag
   * name of {@code prop64-rules.md} §2.4 such as {@code COUNTY_POLICY_CANDIDATE} or {@code
   * ALREADY_RELIEVED}. Answers TRUE or FALSE whenever a statutory determination exists for the
   * count, UNKNOWN when none exists. The policy loader only accepts the §2.4 flag names ({@link
   * Condition#STATUTORY_FLAGS}).
   *
   * <p>Gogen compatibility views never need it (no preset asks); the default answers UNKNOWN so
   * that a view that does not know the baseline sends a PROJECT policy that asks to hand review
   * ("Insufficient data: statutoryFlag(…)") instead of guessing.
   */
  default Tri statutoryFlag(String flag) {
    return Tri.UNKNOWN;
  }
}
