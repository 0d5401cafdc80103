/**
 * Synthetic DOJ criminal-history data with ground truth, for tests and benchmarks.
 *
 * <p>{@link org.recordrelief.generate.Generator} writes 95-column DOJ extract files
 * ({@code doj-input-format.md}) plus truth tables: the true person behind every row, every convicted
 * count with the parse a correct reader must produce, and the rows deliberately broken so that the
 * reader must quarantine them. Identity corruption ({@code entity-resolution.md} §11: duplicate
 * identity snapshots with other SUBJECT_IDs and CIIs, name/DOB/identifier corruption, look-alike
 * distinct persons) is logged per row in {@code truth/identity_corruptions.csv} and
 * {@code truth/adversarial_pairs.csv}. All knobs live in {@link org.recordrelief.generate.GeneratorSettings}
 * (HOCON block {@code recordrelief.generate}).
 *
 * <ul>
 *   <li><b>Deterministic:</b> the same settings give byte-identical files; nothing reads the wall
 *       clock except the informational elapsed time of a run.
 *   <li><b>Streaming:</b> one person is in memory at a time; person {@code i} has its own RNG seeded
 *       from {@code (seed, i)}, so any slice of persons can be regenerated independently (a
 *       population trap also copies the name and DOB of person {@code i - 1}).
 *   <li><b>No real data:</b> names come from embedded frequency tables of common names and are
 *       combined at random; identifiers are generated; nothing is derived from real records.
 *   <li><b>No Spark:</b> plain Java; this package must not import {@code org.apache.spark}.
 * </ul>
 */
package org.recordrelief.generate;
