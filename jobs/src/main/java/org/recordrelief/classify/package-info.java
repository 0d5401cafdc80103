/**
 * The thin Spark adapter between resolved rows and the pure history and rule code: groups valid
 * records by person (skew-safe: a group is one person's rows), calls
 * {@link org.recordrelief.history.HistoryBuilder} once per person, and converts the results to
 * rows whose types come from {@code schemas/}. No decision logic lives here.
 */
package org.recordrelief.classify;
