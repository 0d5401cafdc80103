/**
 * Data contracts: loads the Avro {@code .avsc} files under {@code schemas/} (shipped on the
 * classpath) and converts them to Spark {@code StructType}s, so every dataset is written with the
 * schema analysts read about. May use Spark types; holds no data logic.
 */
package org.recordrelief.schema;
