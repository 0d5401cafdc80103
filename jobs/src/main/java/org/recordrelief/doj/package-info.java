/**
 * The DOJ value model, free of Spark: the 95-column layout ({@link org.recordrelief.doj.DojColumns}),
 * partial dates with interval logic ({@link org.recordrelief.doj.DojDate}, {@link
 * org.recordrelief.doj.Tri}), text normalisation, counties, and parsed offense citations ({@link
 * org.recordrelief.doj.CitationParser}; anchored list matching is {@code
 * org.recordrelief.eligibility.SectionRule}).
 *
 * <p>Everything here is plain Java (records, enums, static functions), deterministic and
 * thread-safe, so that rules and tests use it directly and the Spark layer only converts types.
 * Nothing in this package may import Spark.
 */
package org.recordrelief.doj;
