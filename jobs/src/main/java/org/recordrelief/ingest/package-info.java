/**
 * Ingest: reading DOJ extract files into records. This package owns everything between the bytes
 * on disk and the typed row model: the pure, Spark-free helpers (such as {@link
 * org.recordrelief.ingest.CsvLineParser}, which parses one physical line strictly) and the Spark
 * readers that apply them, attach provenance (file, line number, record hash) and route bad
 * records to quarantine with a reason ({@code doj-input-format.md} §1, §9).
 *
 * <p>Pure helpers here must not import Spark, so that they stay fast to test and reusable by
 * generators and tools; Spark-bound classes convert types in one thin layer.
 */
package org.recordrelief.ingest;
