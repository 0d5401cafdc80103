/**
 * Who is who: assigns a {@code person_id} to every valid record. The baseline (this package
 * today) is one person per DOJ SUBJECT_ID ({@code CII:<cii>} when SUBJECT_ID is blank); the
 * probabilistic, auditable resolution of {@code entity-resolution.md} extends it here.
 */
package org.recordrelief.identity;
