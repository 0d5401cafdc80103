package org.recordrelief.history;

import java.util.List;

/**
 * One valid DOJ data record with its provenance.
 *
 * @param sourceFile input file (display path)
 * @param ordinal file ordinal in the run
 * @param line physical line number
 * @param sha256 hash of the raw record bytes
 * @param fields the 95 raw values
 * @param issues warning codes from validation
 */
public record DojRow(
    String sourceFile, int ordinal, long line, String sha256, String[] fields, List<String> issues) {

  public String get(int column) {
    return fields[column];
  }
}
