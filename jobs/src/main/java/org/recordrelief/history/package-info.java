/**
 * A subject's criminal history from its DOJ rows ({@code doj-input-format.md} §3, §6, §7): counts
 * (repeated sentence rows merged), convictions with derived facts (offense text and citation,
 * level, dates with precision, county, sentence end, age at offense), registration and death
 * events, and person attributes. Pure Java over one subject's rows; the Spark adapter groups rows
 * by subject and calls {@link org.recordrelief.history.HistoryBuilder}. No Spark import here.
 */
package org.recordrelief.history;
