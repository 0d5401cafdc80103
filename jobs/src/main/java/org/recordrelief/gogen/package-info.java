/**
 * gogen COMPATIBILITY only: reproduces, byte for byte, the export of Code for America's gogen
 * tool and its pilot-era versions for their conformance fixtures ({@code prop64-rules.md} §9.8,
 * §10; {@code anchor-data/gogen/}).
 *
 * <p>What lives here:
 *
 * <ul>
 *   <li>{@link org.recordrelief.gogen.GogenFile}: gogen's model of ONE input file (one subject per
 *       trimmed SUBJECT_ID, person facts from the first row, text before the first hyphen,
 *       unanchored section patterns, zero dates, 30.5-day months, sentence rows credited to the
 *       most recently appended conviction, the file processed on its own);
 *   <li>{@link org.recordrelief.gogen.GogenPolicyView}: the §9.3 predicates with gogen's semantics
 *       per {@link org.recordrelief.gogen.GogenProfile} (never UNKNOWN);
 *   <li>{@link org.recordrelief.gogen.GogenExport}: the 18/17/12 eligibility columns, the three
 *       CSV files of each version and the summary JSON, per (file, county). Decisions come from a
 *       caller-supplied {@code Function<PolicyView, PolicyResult>}, normally the policy engine
 *       with a gogen-semantics policy ({@link org.recordrelief.gogen.GogenExport#forPolicy}: the
 *       run settings from {@link org.recordrelief.gogen.GogenRunSettings#forPolicy}, decisions
 *       from {@code PolicyEvaluator.evaluate}); nothing here hard-codes a county flow. Even the
 *       summary's dismiss-all counters come from the shipped {@code cfa-dismiss-all-prop64}.
 * </ul>
 *
 * <p>Conformance: {@code GogenConformanceTest} runs the shipped presets over every derived set of
 * {@code anchor-data/gogen} and compares every cell and the summary JSON with the expected files;
 * the only accepted differences are the rows listed in {@code conf/policy/presets/DEVIATIONS.md}
 * (currently none).
 *
 * <p>Everything here deliberately reproduces gogen's defects (D-02 … D-17 in
 * {@code prop64-rules.md} §9.7) where the fixtures need them. Project semantics — anchored
 * citation parsing ({@code org.recordrelief.doj}), interval dates, entity resolution, calendar
 * sentence arithmetic — live elsewhere. This package is <b>never used for statutory decisions</b>
 * and must not be used by the project's own eligibility rules.
 *
 * <p>Plain Java 17, no Spark: a Spark job may call {@link
 * org.recordrelief.gogen.GogenExport#forFile} once per (input file, county) group. Nothing here
 * reads the wall clock; "now" is always the run's evaluation date.
 */
package org.recordrelief.gogen;
