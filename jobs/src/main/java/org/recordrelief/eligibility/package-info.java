/**
 * The statutory (legal-minimum) eligibility engine for Proposition 64 relief, HS 11361.8 and AB
 * 1793 (HS 11361.9), as specified in {@code spec/prop64-rules.md} §2–§8.
 *
 * <p><b>What it owns.</b> The fact model a rule needs ({@link
 * org.recordrelief.eligibility.PersonHistory}, {@link
 * org.recordrelief.eligibility.ConvictionFacts}, {@link org.recordrelief.eligibility.ChargeFacts},
 * {@link org.recordrelief.eligibility.HistoryEvent}, {@link
 * org.recordrelief.eligibility.SupplementaryFacts}), the §6 switches ({@link
 * org.recordrelief.eligibility.StatutorySettings}), the §7 reference lists as data ({@link
 * org.recordrelief.eligibility.ReferenceLists}, matched with the anchored {@link
 * org.recordrelief.eligibility.SectionRule}), and the evaluator ({@link
 * org.recordrelief.eligibility.StatutoryEvaluator}) producing one {@link
 * org.recordrelief.eligibility.Determination} per relevant convicted count.
 *
 * <p><b>What it does not own.</b> Reading DOJ rows and deriving facts (levels, dates, sentence
 * ends, registration and death events) is upstream ({@code org.recordrelief.doj} and the ingest
 * stages); county policy overlays (§9) and the gogen-compatible export (§10) build on these types
 * in their own packages and never change a statutory determination.
 *
 * <p><b>Rules.</b> Pure Java 17, no I/O, no logging of personal data, no wall clock (the evaluation
 * date is always an argument), deterministic output. <b>No {@code org.apache.spark} import is
 * allowed in this package</b> (enforced by {@code NoSparkImportTest}); the Spark adapter ({@code
 * org.recordrelief.classify}) groups rows by person, builds the facts, and calls {@link
 * org.recordrelief.eligibility.StatutoryEvaluator#evaluateAll}. Any stage, test or tool may call
 * the evaluator; nothing in this package may call back into the engine-bound layers.
 */
package org.recordrelief.eligibility;
