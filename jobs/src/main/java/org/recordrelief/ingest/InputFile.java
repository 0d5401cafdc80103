package org.recordrelief.ingest;

import java.io.Serializable;

/**
 * One input file of a run, as listed and hashed on the driver.
 *
 * @param path fully qualified Hadoop path (file:/…, hdfs://…)
 * @param displayPath the path as the user gave it (for messages and manifests)
 * @param ordinal position among the run's files, by sorted path (0-based)
 * @param sizeBytes size in bytes
 * @param sha256 content hash (hex)
 * @param duplicateOf display path of an earlier file with the same content, or null
 */
public record InputFile(
    String path, String displayPath, int ordinal, long sizeBytes, String sha256, String duplicateOf)
    implements Serializable {

  public boolean isDuplicate() {
    return duplicateOf != null;
  }
}
