/**
 * County policy overlay ({@code prop64-rules.md} §9): DA policies as reviewed HOCON configuration
 * over a closed, typed vocabulary of rule kinds. Pure Java 17; <b>no {@code org.apache.spark}
 * import</b> (checked by {@code PolicyPackageTest}). The Spark adapter only converts a count and
 * its person into a {@link org.recordrelief.eligibility.policy.PolicyView} and calls {@link
 * org.recordrelief.eligibility.policy.PolicyEvaluator}; {@link
 * org.recordrelief.eligibility.policy.Policy} is immutable and serializable.
 *
 * <h2>What this package owns</h2>
 *
 * <ul>
 *   <li>The vocabulary: {@link org.recordrelief.eligibility.policy.Condition} (a sealed interface,
 *       one record per predicate of §9.3 plus {@code statutoryOutcomeIn}, {@code statutoryFlag},
 *       {@code isProp64} for building on the statutory baseline), registered in {@link
 *       org.recordrelief.eligibility.policy.ConditionKind}; negation in {@link
 *       org.recordrelief.eligibility.policy.Clause}. Each record range-checks its argument (ages
 *       0–120, years 0–100, counts 0–1000, dates 1900–2100, section-key syntax, outcome and flag
 *       names).
 *   <li>The model: {@link org.recordrelief.eligibility.policy.Policy}, {@link
 *       org.recordrelief.eligibility.policy.Rule}, {@link
 *       org.recordrelief.eligibility.policy.Fallback}, {@link
 *       org.recordrelief.eligibility.policy.ParameterValue}, {@link
 *       org.recordrelief.eligibility.policy.ParameterLimit}, {@link
 *       org.recordrelief.eligibility.policy.Scope}, {@link
 *       org.recordrelief.eligibility.policy.Semantics}.
 *   <li>Loading with all validation at load time: {@link
 *       org.recordrelief.eligibility.policy.PolicyLoader} ({@link
 *       org.recordrelief.eligibility.policy.PolicyException} messages name the file and the rule).
 *   <li>Evaluation and comparison with the baseline: {@link
 *       org.recordrelief.eligibility.policy.PolicyEvaluator}; review text: {@link
 *       org.recordrelief.eligibility.policy.PolicyRenderer}.
 * </ul>
 *
 * It does not own the meaning of the predicates: a {@code PolicyView} answers them, either with
 * project semantics (over the statutory fact model) or with a gogen compatibility profile; the
 * caller picks the view from {@link org.recordrelief.eligibility.policy.Policy#semantics()}.
 *
 * <h2>Policy files</h2>
 *
 * {@code conf/policy/statewide.conf} (the statutory baseline as a policy), {@code
 * conf/policy/counties/<slug>.conf} (county overlays that {@code include "../statewide.conf"}) and
 * {@code conf/policy/presets/*.conf} (Code for America's gogen flows for conformance). Top-level
 * keys: {@code id} (= file name), {@code county} (DOJ spelling; absent = statewide), {@code scope},
 * {@code semantics} (default PROJECT), {@code description}, {@code origin}, {@code parameters},
 * {@code parameterLimits}, {@code rules}, {@code fallback}. Unknown keys are errors.
 *
 * <p>{@code rules} is an object keyed by rule id; each rule has {@code order}, optional {@code
 * enabled} and {@code enabledBy}, {@code when}, {@code determination}, {@code reason} and optional
 * {@code note}. Because HOCON merges objects, a county file that includes another can override one
 * field of one rule ({@code rules.B2.reason = "…"}), replace its conditions ({@code
 * rules.LA3.when = [...]}), switch it off ({@code rules.LA7.enabled = false}) or add a rule with a
 * new id and order. Includes resolve relative to the including file, on disk and on the classpath
 * alike ({@code PolicyIncluder}).
 *
 * <h2>Why a strict call syntax for {@code when}</h2>
 *
 * Conditions are written as {@code kind} or {@code kind(argument)}, optionally preceded by {@code
 * not}:
 *
 * <pre>
 * C4 {
 *   order = 40
 *   enabledBy = subjectAgeThreshold
 *   when = ["ageAtEvaluationAtLeast(subjectAgeThreshold)"]
 *   determination = DISMISSAL
 *   reason = "{n} years or older"
 * }
 * LA12 { order = 120, when = ["not allSentencesCompleted"], determination = HAND_REVIEW, reason = "Currently serving sentence" }
 * </pre>
 *
 * The alternative, typed objects ({@code { kind = convictedBeforeAge, age = 21 }}), is just as
 * closed but three times longer; a rule table reviewed by DA staff should read like the rule
 * tables of §9.5, and the call form is exactly how the specification writes them. It stays a
 * closed vocabulary, not a grammar: one kind name looked up in {@link
 * org.recordrelief.eligibility.policy.ConditionKind}, at most one argument whose type the kind
 * fixes (whole number, ISO date, text, or {@code [a, b]} list), parameter references only as a
 * whole argument (a lower-case-led name that must exist in {@code parameters}). No operators, no
 * nesting, no expressions, no SQL: "or" is two rules (or a list argument where the kind defines
 * it, e.g. {@code rawSectionStartsWith([11357(A), 11357(B)])}), "and" is the list of {@code when}.
 * Everything is resolved and range-checked when the file is loaded.
 *
 * <h2>Evaluation</h2>
 *
 * Rules by ascending {@code order}; disabled rules and rules whose {@code enabledBy} parameter is
 * false or 0 are skipped; the first rule whose clauses all hold decides; otherwise the fallback.
 * Reasons fill {@code {section}} and {@code {rawSection}} from the view and {@code {n}} from the
 * rule (the first integer parameter reference, else the integer {@code enabledBy}, else the first
 * integer literal). Under PROJECT semantics a rule that is not false but has an UNKNOWN clause
 * stops evaluation with HAND_REVIEW {@code Insufficient data: <predicate>}; under a gogen profile
 * an UNKNOWN answer counts as false.
 *
 * <h2>Order bands of the project policies</h2>
 *
 * {@code statewide.conf} puts the statutory dismissal at 100, review at 200, not eligible at 300
 * and reduction at 900. County rules at 201–299 can grant relief the statute withholds (related
 * charges, unchanged misdemeanors); rules at 301–899 can only upgrade a statutory reduction; a rule
 * below 100 overrides even a statutory dismissal and is flagged by its {@code note}. {@code
 * policyVsBaseline} reports every difference ({@code LESS_RELIEF} is never hidden).
 */
package org.recordrelief.eligibility.policy;
