/**
 * Entry points: thin {@code main}s that parse a few pointer arguments, load settings, build the
 * session and call a static {@code run(spark, …)} that tests call directly.
 */
package org.recordrelief.job;
