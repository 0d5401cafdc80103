/**
 * Who is who: assigns a {@code person_id} to every valid record ({@code entity-resolution.md}).
 * {@link org.recordrelief.identity.IdentityResolution#resolve} forms one profile per valid CII
 * (orphans: per SUBJECT_ID), finds candidate pairs by strict blocking rules, scores them with a
 * Fellegi–Sunter model trained from the data on every run, and clusters MERGE edges and
 * DET_SUBJECT_ID links under cannot-link, bridge and size constraints; everything it decided is
 * returned as audit tables. Reviewer decisions ({@link org.recordrelief.identity.ReviewerDecision},
 * MUST_LINK / CANNOT_LINK by profile pair) override the model on every run;
 * {@link org.recordrelief.identity.IdentityCrosswalk} says how person ids changed between two
 * runs. Normalisation ({@link org.recordrelief.identity.PersonName},
 * {@link org.recordrelief.identity.IdentityValues}), comparison levels
 * ({@link org.recordrelief.identity.Comparison}), scoring
 * ({@link org.recordrelief.identity.MatchModel}) and constraints are pure Java. Mode
 * {@code subject-id} keeps the baseline: one person per DOJ SUBJECT_ID
 * ({@code CII:<cii>} when SUBJECT_ID is blank), as gogen did.
 */
package org.recordrelief.identity;
