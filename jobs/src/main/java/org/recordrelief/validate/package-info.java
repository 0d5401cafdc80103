/**
 * Record-level validation of DOJ lines ({@code doj-input-format.md} §1.1, §1.2, §9): header
 * detection, field counts, person keys, value checks. Pure Java: every decision here is a
 * function of one line and its position, so it is unit-tested without Spark; the Spark reader in
 * {@code ingest} calls it once per physical line.
 */
package org.recordrelief.validate;
