/** Builds the SparkSession from settings: loopback only, pinned time zone, quiet logs. */
package org.recordrelief.spark;
