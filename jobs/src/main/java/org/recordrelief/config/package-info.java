/**
 * Typed, eagerly validated settings over {@code reference.conf}: every key is read once, at
 * construction, so a bad value fails the run before Spark starts. No Spark import here.
 */
package org.recordrelief.config;
