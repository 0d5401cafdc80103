package org.recordrelief.history;

import java.time.LocalDate;

/**
 * One part of a sentence (one sentence row of a count).
 *
 * @param kind SENT_LOC_DESCR, normalised, or null
 * @param length SENT_LENGTH as an integer, or null when blank or not an integer
 * @param unit D, M or Y, or the unusable value as given
 * @param endDate conviction date plus the length, when computable
 * @param valid length and unit are usable
 */
public record SentencePart(String kind, Integer length, String unit, LocalDate endDate, boolean valid) {}
