/**
 * Evaluation of identity resolution against the synthetic generator's ground truth
 * ({@code entity-resolution.md} §10): blocking recall, pairwise and B-cubed cluster metrics over
 * profiles and rows, and decision-level errors of the published determinations. The metric
 * arithmetic is pure ({@link org.recordrelief.evaluate.ClusterMetrics}, {@link
 * org.recordrelief.evaluate.DecisionComparison}); {@link org.recordrelief.evaluate.IdentityEvaluation}
 * computes the sums it needs with Spark aggregations, never collecting row-level data.
 */
package org.recordrelief.evaluate;
