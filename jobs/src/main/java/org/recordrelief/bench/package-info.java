/**
 * The {@code bench} command: generates (or reuses) a synthetic extract of a given size, runs the
 * whole pipeline on it in a child JVM with a capped heap, and reports per-stage wall time,
 * throughput, peak resident memory and output sizes as a table and as JSON under
 * {@code target/bench/}. Measurement (process memory sampling) and reporting are separate, pure
 * and tested; the command only orchestrates.
 */
package org.recordrelief.bench;
