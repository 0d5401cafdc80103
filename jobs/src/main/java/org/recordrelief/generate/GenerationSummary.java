package org.recordrelief.generate;

import java.util.List;
import java.util.Map;

/**
 * What one generator run wrote.
 *
 * @param people number of true persons generated
 * @param rows data rows written over all DOJ files (defect rows included, headers excluded)
 * @param files the DOJ files in order, each with its data row count
 * @param defects injected defect rows by kind (every kind present, zero when none)
 * @param convictions lines of {@code truth/convictions.csv}
 * @param prop64Convictions of those, convictions whose convicted section is HS 11357-11360
 * @param corruptedRows data rows whose identity columns differ from the true identity
 * @param identityCorruptions lines of {@code truth/identity_corruptions.csv}
 * @param personsWithDuplicates true persons written under more than one identity snapshot
 * @param trapPairs lines of {@code truth/adversarial_pairs.csv}
 * @param elapsedMillis wall time of the run; informational only, not written to generation.json
 */
public record GenerationSummary(
    long people,
    long rows,
    List<FileRows> files,
    Map<DefectKind, Long> defects,
    long convictions,
    long prop64Convictions,
    long corruptedRows,
    long identityCorruptions,
    long personsWithDuplicates,
    long trapPairs,
    long elapsedMillis) {

  /** One DOJ file: name relative to {@code doj/} and its data row count. */
  public record FileRows(String file, long rows) {}

  public GenerationSummary {
    files = List.copyOf(files);
    defects = Map.copyOf(defects);
  }

  /** Rows the reader must quarantine (FIELD_COUNT, NO_PERSON_KEY, MALFORMED_QUOTE). */
  public long quarantineExpected() {
    long n = 0;
    for (Map.Entry<DefectKind, Long> e : defects.entrySet()) {
      if (e.getKey().quarantined()) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** Data rows per file, in file order. */
  public List<Long> rowsPerFile() {
    return files.stream().map(FileRows::rows).toList();
  }

  /** Average data rows per person. */
  public double rowsPerPerson() {
    return people == 0 ? 0 : (double) rows / people;
  }
}
